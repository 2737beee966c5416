package io.interchange.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContextCustomizer;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
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
 * validated with networknt's json-schema-validator. The validator is built on Jackson 3, which lives
 * beside the platform's Jackson 2; only text crosses between them.
 */
public final class MessageSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final ExecutionContextCustomizer FORMATS_ASSERTED =
            (context, schemaContext) -> context.executionConfig(config -> config.formatAssertionsEnabled(true));

    /** The violation reported when there are several: the shallowest field, a missing one first. */
    private static final Comparator<Error> FIRST = Comparator
            .comparingInt((Error e) -> pointerOf(e).split("/", -1).length)
            .thenComparing(e -> !"required".equals(e.getKeyword()))
            .thenComparing(MessageSchemas::pointerOf);

    private final Map<String, Schema> schemas;

    private MessageSchemas(Map<String, Schema> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    /** @throws IllegalStateException when a contract lacks the schema of a type it owns */
    public static MessageSchemas of(Collection<MessageContract> contracts) {
        Map<String, Schema> schemas = new HashMap<>();
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
        Schema schema = schemas.get(type);
        if (schema == null) {
            return Optional.empty();
        }
        return schema.validate(payload.toString(), InputFormat.JSON, FORMATS_ASSERTED).stream().min(FIRST)
                .map(e -> violation(type, e));
    }

    private static final java.util.Map<String, Schema> ADHOC = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Checks a payload against a schema given as JSON text (e.g. a catalog operation's input schema).
     *
     * @param what how the payload is named in the violation, e.g. {@code the input of crm/upsert-contact}
     */
    public static Optional<SchemaViolation> check(String what, String schemaJson, JsonNode payload) {
        if (ADHOC.size() > 1000) {
            ADHOC.clear(); // catalog changes replace schemas; never let old ones pile up
        }
        Schema schema = ADHOC.computeIfAbsent(schemaJson, json -> REGISTRY.getSchema(json, InputFormat.JSON));
        return schema.validate(payload.toString(), InputFormat.JSON, FORMATS_ASSERTED).stream().min(FIRST)
                .map(e -> violation(what, e));
    }

    private static SchemaViolation violation(String type, Error error) {
        String pointer = pointerOf(error);
        String of = type.contains(" ") ? type : "the payload of " + type;
        if ("required".equals(error.getKeyword())) {
            return new SchemaViolation(pointer, of + " needs " + dotted(pointer));
        }
        if (pointer.isEmpty() && "type".equals(error.getKeyword())) {
            return new SchemaViolation(pointer, of + " must be a JSON object");
        }
        return new SchemaViolation(pointer, of + " has an invalid " + (pointer.isEmpty() ? "document" : dotted(pointer))
                + ": " + error.getMessage());
    }

    /** A missing property is named by its own pointer, not by its parent's. */
    private static String pointerOf(Error error) {
        String at = pointer(error.getInstanceLocation());
        return "required".equals(error.getKeyword()) ? at + "/" + error.getProperty() : at;
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String dotted(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private static Schema load(MessageContract contract, String type) {
        String resource = "schemas/" + type + ".json";
        try (InputStream in = contract.getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(contract.getClass().getName() + " owns " + type
                        + " but brings no " + resource);
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
