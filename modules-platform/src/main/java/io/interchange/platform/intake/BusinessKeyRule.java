package io.interchange.platform.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Pattern;

/**
 * The business key of an event type: the field of its data that holds it
 * ({@code interchange.business-key.<type>}), required in every event of the type, a string or
 * an integer, carried as text that may travel everywhere ({@link AttributeText}) and, when
 * {@code interchange.business-key.<type>.pattern} is set, matching it: the key ends up in the
 * URLs of calls to the systems, so only the shapes those systems use get in.
 *
 * @param type    the event type
 * @param field   the data field holding the key
 * @param pattern what the whole key must match, or null for any safe text
 */
public record BusinessKeyRule(String type, String field, Pattern pattern) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * @param data the event's data as JSON text ({@code "null"} when it has none)
     * @param at   the pointer to the event ({@code ""}, or {@code /3} in a batch)
     * @return the key
     * @throws InvalidEventException naming {@code <at>/data/<field>}
     */
    public String keyOf(String data, String at) {
        String pointer = at + "/data/" + field;
        JsonNode value = read(data, at).path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new InvalidEventException(pointer, type + " needs data." + field);
        }
        String key;
        if (value.isTextual()) {
            key = value.textValue();
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            key = Long.toString(value.longValue());
        } else {
            throw new InvalidEventException(pointer, "data." + field + " must be a string or an integer");
        }
        if (key.isBlank()) {
            throw new InvalidEventException(pointer, "data." + field + " must not be empty");
        }
        AttributeText.check(pointer, key);
        if (pattern != null && !pattern.matcher(key).matches()) {
            throw new InvalidEventException(pointer, "data." + field + " is not a valid key for " + type
                    + " (it must match " + pattern.pattern() + ")");
        }
        return key;
    }

    private static JsonNode read(String data, String at) {
        try {
            return JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(at + "/data", "the data is not valid JSON");
        }
    }
}
