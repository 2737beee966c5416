package io.interchange.platform.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.List;

/**
 * {@code catalog.schema.json} (published in {@code docs/}, packaged at {@code catalog/} on the
 * classpath), checked with networknt's validator. The validator is built on Jackson 3, which
 * lives beside the platform's Jackson 2 in other packages; only text crosses between them.
 */
final class CatalogSchema {

    static final String RESOURCE = "catalog/catalog.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of("classpath:" + RESOURCE));

    /** One problem: the field as a JSON Pointer and what is wrong with it. */
    record Violation(String pointer, String message) {
    }

    private CatalogSchema() {
    }

    /** @param json the file's content as JSON */
    static List<Violation> check(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(CatalogSchema::violation).distinct().toList();
    }

    /** Checks a JSON Schema an operation brings for its input, e.g. as a catalog file is read. */
    static Schema inputSchema(String schemaJson) {
        return REGISTRY.getSchema(schemaJson, InputFormat.JSON);
    }

    private static Violation violation(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        if (error.getProperty() != null && ("required".equals(error.getKeyword())
                || "additionalProperties".equals(error.getKeyword()))) {
            pointer = pointer + "/" + error.getProperty();
        }
        String message = error.getMessage();
        // only a value outside a list is echoed: any other might be a secret or a key written where it does not belong
        if ("enum".equals(error.getKeyword()) && error.getInstanceNode() != null
                && error.getInstanceNode().isValueNode()) {
            message = message + ", not " + error.getInstanceNode();
        }
        return new Violation(pointer, message);
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
