package io.interchange.web.operations;

import io.interchange.web.api.Problem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The small JSON objects the operations API takes ({@code {"reason": ...}}, {@code {"ids": [...]}}). */
final class JsonBody {

    private JsonBody() {
    }

    /** An empty body is an empty object: every field of these requests is optional or checked later. */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Problem.badRequest("the body must be a JSON object").field("", "not an object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw Problem.badRequest("the body is not valid JSON: " + e.getMessage()).field("", "not valid JSON");
        }
    }

    /** A text field, or null when absent; anything but a string is refused. */
    static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw Problem.badRequest(field + " must be a string").field("/" + field, "must be a string");
        }
        return string.getString();
    }
}
