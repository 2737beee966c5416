package io.interchange.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/connecting-a-system.md documents exactly the fields docs/catalog.schema.json knows. */
class ConnectingASystemDocTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z\\[\\].]+)` \\|");

    @Test
    void theReferenceNamesEveryFieldOfTheSchemaAndNoOther() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("../docs/catalog.schema.json").toFile());
        Set<String> inSchema = new TreeSet<>();
        fields(schema, schema, "", inSchema);

        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("../docs/connecting-a-system.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(inSchema);
    }

    @Test
    void thePackagedSchemaIsThePublishedOne() throws Exception {
        try (var packaged = getClass().getClassLoader().getResourceAsStream(CatalogSchema.RESOURCE)) {
            assertThat(packaged).isNotNull();
            assertThat(new String(packaged.readAllBytes()))
                    .isEqualTo(Files.readString(Path.of("../docs/catalog.schema.json")));
        }
    }

    /** Field paths; a secret ({@code $defs/secret}) is one field, described once in the document. */
    private static void fields(JsonNode schema, JsonNode node, String prefix, Set<String> found) {
        JsonNode resolved = resolve(schema, node);
        if ("array".equals(resolved.path("type").asText()) && resolved.has("items")) {
            fields(schema, resolved.get("items"), prefix + "[]", found);
            return;
        }
        resolved.path("properties").fields().forEachRemaining(property -> {
            if (property.getKey().equals("$schema")) {
                return;
            }
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            found.add(path);
            boolean secret = property.getValue().path("$ref").asText().endsWith("/secret");
            if (!secret && !property.getKey().equals("inputSchema")) {
                fields(schema, property.getValue(), path, found);
            }
        });
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : schema.at(ref.substring(1));
    }
}
