package io.interchange.platform.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.catalog.CatalogReader;
import io.interchange.platform.catalog.SystemDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacadeDocumentTest {

    private static SystemDescription demo(String file) throws Exception {
        return CatalogReader.read(file, Files.readString(Path.of("../runtime/catalog", file))).system();
    }

    @Test
    void onePathPerOperationOfTheCatalogWithItsInputSchemaAndRole() throws Exception {
        JsonNode document = FacadeDocument.of(List.of(demo("notifications.yaml"), demo("crm.yaml")));

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("paths").fieldNames()).toIterable().containsExactly(
                "/api/v1/systems/crm/operations/upsert-contact",
                "/api/v1/systems/notifications/operations/notify-shipment");
        JsonNode upsert = document.at("/paths/~1api~1v1~1systems~1crm~1operations~1upsert-contact/post");
        assertThat(upsert.at("/requestBody/content/application~1json/schema/required/0").asText()).isEqualTo("order");
        assertThat(upsert.get("description").asText()).contains("PUT /contacts/{customerId}").contains("operator");
        assertThat(upsert.get("responses").fieldNames()).toIterable()
                .contains("400", "403", "429", "502", "503", "504");
    }

    @Test
    void anEmptyCatalogIsAnEmptyButValidDocument() {
        JsonNode document = FacadeDocument.of(List.of());

        assertThat(document.get("paths").size()).isZero();
        assertThat(document.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
    }
}
