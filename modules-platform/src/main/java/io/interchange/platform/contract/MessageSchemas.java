package io.interchange.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schema of every message type a contract owns (JSON Schema 2020-12, formats asserted),
 * validated with networknt's json-schema-validator.
 */
public final class MessageSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();

    /** The violation reported when there are several: the shallowest field, a missing one first. */
    private static final Comparator<ValidationMessage> FIRST = Comparator
            .comparingInt((ValidationMessage m) -> pointerOf(m).split("/", -1).length)
            .thenComparing(m -> !"required".equals(m.getType()))
            .thenComparing(MessageSchemas::pointerOf);

    private final Map<String, JsonSchema> schemas;

    private MessageSchemas(Map<String, JsonSchema> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    /** @throws IllegalStateException when a contract lacks the schema of a type it owns */
    public static MessageSchemas of(Collection<MessageContract> contracts) {
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (MessageContract contract : contracts) {
            for (String type : contract.owns()) {
                schemas.put(type, load(contract, type));
            }
        }
        return new MessageSchemas(schemas);
    }

    public boolean knows(String type) {
        return schemas.containsKey(type);
    }

    /** @return the payload's first violation of its type's schema; none for a type without a schema */
    public Optional<SchemaViolation> check(String type, JsonNode payload) {
        JsonSchema schema = schemas.get(type);
        if (schema == null) {
            return Optional.empty();
        }
        return schema.validate(payload).stream().min(FIRST).map(m -> violation(type, m));
    }

    private static SchemaViolation violation(String type, ValidationMessage message) {
        String pointer = pointerOf(message);
        String of = "the payload of " + type;
        if ("required".equals(message.getType())) {
            return new SchemaViolation(pointer, of + " needs " + dotted(pointer));
        }
        if (pointer.isEmpty() && "type".equals(message.getType())) {
            return new SchemaViolation(pointer, of + " must be a JSON object");
        }
        String why = message.getMessage();
        int colon = why.indexOf(": ");
        return new SchemaViolation(pointer, of + " has an invalid " + (pointer.isEmpty() ? "document" : dotted(pointer))
                + ": " + (colon < 0 ? why : why.substring(colon + 2)));
    }

    /** A missing property is named by its own pointer, not by its parent's. */
    private static String pointerOf(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        return "required".equals(message.getType()) ? at + "/" + message.getProperty() : at;
    }

    private static String dotted(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private static JsonSchema load(MessageContract contract, String type) {
        String resource = "schemas/" + type + ".json";
        try (InputStream in = contract.getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(contract.getClass().getName() + " owns " + type
                        + " but brings no " + resource);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
