package io.interchange.platform.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonFormat;
import io.interchange.platform.message.Envelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CloudEvents in the structured JSON mode, strictly: bodies that are not UTF-8, duplicate
 * keys, deep nesting, absurd numbers, lone surrogates and attributes that could not travel as
 * JMS properties are refused before any event is built, and every refusal names the field.
 * The CloudEvents SDK then builds the event, so the result follows the specification; the
 * data is kept exactly as sent ({@link RawData}).
 */
public class CloudEventReader {

    /** Deeper JSON than any real event needs; Payara alone would accept 1,000 levels. */
    static final int MAX_DEPTH = 32;
    /** Longest number literal accepted; refuses {@code 1e999999999}-style inputs. */
    static final int MAX_NUMBER_LENGTH = 64;

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static {
        STRICT_JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
    }

    private final JsonFormat format = new JsonFormat();

    /** Reads one event in structured mode ({@code application/cloudevents+json}). */
    public Envelope readStructured(byte[] body) {
        JsonNode node = parse(body, "");
        return toEnvelope(node, "", RawData.of(body).get(0));
    }

    /** Checks the data of a binary-mode event (the whole body) as strictly, and returns it as sent. */
    public String readData(byte[] body) {
        parse(body, "/data");
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Reads a batch ({@code application/cloudevents-batch+json}): a JSON array of events. */
    public List<Envelope> readBatch(byte[] body, int maxEvents) {
        JsonNode node = parse(body, "");
        if (!node.isArray()) {
            throw new InvalidEventException("", "a CloudEvents batch must be a JSON array of events");
        }
        if (node.size() == 0) {
            throw new InvalidEventException("", "the batch is empty");
        }
        if (node.size() > maxEvents) {
            throw new InvalidEventException("", "the batch holds " + node.size() + " events; at most " + maxEvents
                    + " are accepted in one request");
        }
        List<String> data = RawData.of(body);
        List<Envelope> events = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            events.add(toEnvelope(node.get(i), "/" + i, data.get(i)));
        }
        return events;
    }

    private JsonNode parse(byte[] body, String at) {
        if (body.length == 0) {
            throw new InvalidEventException("", "the request body is empty");
        }
        StrictUtf8.check(body);
        JsonNode node;
        try {
            node = STRICT_JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("", "the body is not acceptable JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidEventException("", "the body could not be read: " + e.getMessage());
        }
        refuseLoneSurrogates(node, at);
        return node;
    }

    /**
     * A lone surrogate (an escaped high or low surrogate alone) is valid JSON but no character:
     * no system downstream could carry it.
     */
    private static void refuseLoneSurrogates(JsonNode node, String at) {
        if (node.isTextual() && AttributeText.loneSurrogateAt(node.textValue()) >= 0) {
            throw new InvalidEventException(at, "the text at " + (at.isEmpty() ? "the root" : at)
                    + " holds a lone surrogate (half of a UTF-16 pair)");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseLoneSurrogates(node.get(i), at + "/" + i);
            }
        }
        node.fields().forEachRemaining(member -> {
            String pointer = at + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
            if (AttributeText.loneSurrogateAt(member.getKey()) >= 0) {
                throw new InvalidEventException(at, "a member name holds a lone surrogate (half of a UTF-16 pair)");
            }
            refuseLoneSurrogates(member.getValue(), pointer);
        });
    }

    private Envelope toEnvelope(JsonNode event, String at, String rawData) {
        if (!event.isObject()) {
            throw new InvalidEventException(at, "a CloudEvent must be a JSON object");
        }
        String specVersion = requiredText(event, at, "specversion");
        if (!Envelope.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException(at + "/specversion",
                    "specversion must be \"1.0\", was \"" + specVersion + "\"");
        }
        requiredText(event, at, "id");
        requiredText(event, at, "source");
        requiredText(event, at, "type");
        optionalTime(event, at);
        event.fields().forEachRemaining(attribute -> {
            if (!"data".equals(attribute.getKey()) && attribute.getValue().isTextual()) {
                AttributeText.check(at + "/" + attribute.getKey(), attribute.getValue().textValue());
            }
        });
        JsonNode contentType = event.get("datacontenttype");
        if (contentType != null && !(contentType.isTextual() && contentType.asText().startsWith("application/json"))) {
            throw new InvalidEventException(at + "/datacontenttype", "only application/json data is accepted");
        }
        if (event.has("data_base64")) {
            throw new InvalidEventException(at + "/data_base64", "binary data is not accepted; send JSON in data");
        }
        CloudEvent cloudEvent;
        try {
            cloudEvent = format.deserialize(STRICT_JSON.writeValueAsBytes(event));
        } catch (EventDeserializationException | IllegalArgumentException | JsonProcessingException e) {
            throw new InvalidEventException(at, "not a valid CloudEvent: " + e.getMessage());
        }
        String data = rawData == null ? "null" : rawData;
        return Envelope.original(cloudEvent.getId(), cloudEvent.getSource().toString(), cloudEvent.getType(),
                cloudEvent.getSubject(),
                cloudEvent.getTime() == null ? null : cloudEvent.getTime().toInstant(),
                data, null);
    }

    private static String requiredText(JsonNode event, String at, String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidEventException(at + "/" + name, "the required attribute " + name + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidEventException(at + "/" + name, name + " must be a non-empty string");
        }
        return value.asText();
    }

    private static void optionalTime(JsonNode event, String at) {
        JsonNode time = event.get("time");
        if (time == null) {
            return;
        }
        try {
            java.time.OffsetDateTime.parse(time.asText());
        } catch (RuntimeException e) {
            throw new InvalidEventException(at + "/time", "time must be an RFC 3339 timestamp");
        }
    }

    /** Parses an RFC 3339 time, for the binary mode's {@code ce-time} header. */
    static Instant parseTime(String value, String pointer) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            throw new InvalidEventException(pointer, "time must be an RFC 3339 timestamp");
        }
    }
}
