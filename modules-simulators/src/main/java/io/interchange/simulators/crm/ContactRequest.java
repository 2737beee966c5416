package io.interchange.simulators.crm;

import io.interchange.simulators.Problem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * A validated {@code PUT /contacts/{customerId}} body:
 * {@code {"email": ..., "name": ..., "lastOrder": {"number": ..., "placedAt": ...}}}; only
 * {@code email} is required. {@code name} and {@code lastOrder} are {@link JsonValue#NULL} when absent.
 */
public record ContactRequest(String email, JsonValue name, JsonValue lastOrder) {

    /** @throws Problem 400 for a body that is no JSON object, or naming the invalid field */
    static ContactRequest of(String body) {
        JsonObject json = parse(body);
        JsonValue email = json.get("email");
        if (!(email instanceof JsonString text) || text.getString().isBlank()) {
            throw Problem.invalidField("/email", "is required (a string)");
        }
        JsonValue name = json.getOrDefault("name", JsonValue.NULL);
        if (name != JsonValue.NULL && name.getValueType() != JsonValue.ValueType.STRING) {
            throw Problem.invalidField("/name", "must be a string");
        }
        JsonValue lastOrder = json.getOrDefault("lastOrder", JsonValue.NULL);
        if (lastOrder != JsonValue.NULL && lastOrder.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Problem.invalidField("/lastOrder", "must be an object");
        }
        return new ContactRequest(text.getString().trim(), name, lastOrder);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("A JSON object body is required.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Problem.badRequest("The body is no JSON object: " + e.getMessage());
        }
    }
}
