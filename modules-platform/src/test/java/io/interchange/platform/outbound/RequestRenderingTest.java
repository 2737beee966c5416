package io.interchange.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.catalog.CatalogReader;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.mapping.MappingFailure;
import io.interchange.platform.mapping.StandardMessage;
import io.interchange.platform.message.Envelope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestRenderingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Operation operation(String file, String name) throws Exception {
        return CatalogReader.read(file, Files.readString(Path.of("../runtime/catalog", file))).system()
                .operation(name).orElseThrow();
    }

    static JsonNode placed(String data) {
        return StandardMessage.of(Envelope.original("evt-7", "/interchange/orders", "interchange.order.placed", null,
                Instant.parse("2026-12-05T10:00:00Z"), data, "280074686"));
    }

    @Test
    void theCrmUpsertFromAPlacedOrder() throws Exception {
        OutboundRequest request = RequestRendering.render(operation("crm.yaml", "upsert-contact"),
                placed("{\"order\":{\"number\":\"EU-1\",\"customer\":{\"email\":\"Ada.L@Example.org\","
                        + "\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}}}"));

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/contacts/ada.l%40example.org");
        assertThat(request.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "X-Correlation-Id", "280074686", "Idempotency-Key", "crm-contact-evt-7"));
        assertThat(request.body()).isEqualTo(JSON.readTree("""
                {"email":"ada.l@example.org","name":"Ada Lovelace",
                 "lastOrder":{"number":"EU-1","placedAt":"2026-12-05T10:00:00Z"}}"""));
    }

    @Test
    void aHeaderWhoseValueIsMissingIsLeftOut() throws Exception {
        JsonNode withoutKey = placed("{\"order\":{\"customer\":{\"email\":\"a@b.c\"}}}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutKey).remove("correlationid");

        assertThat(RequestRendering.render(operation("crm.yaml", "upsert-contact"), withoutKey).headers())
                .containsOnlyKeys("Idempotency-Key");
    }

    @Test
    void aPathParameterThatYieldsNothingIsAFailureNamingIt() {
        assertThatThrownBy(() -> RequestRendering.render(operation("crm.yaml", "upsert-contact"),
                placed("{\"order\":{\"number\":\"EU-1\"}}")))
                .isInstanceOf(MappingFailure.class)
                .hasMessageContaining("crm/upsert-contact request.pathParameters.customerId")
                .hasMessageContaining("yields nothing");
    }

    @Test
    void aHeaderValueCannotSplitTheRequest() throws Exception {
        assertThatThrownBy(() -> RequestRendering.render(operation("crm.yaml", "upsert-contact"),
                StandardMessage.of(Envelope.original("evt-8", "/x", "interchange.order.placed", null, null,
                        "{\"order\":{\"customer\":{\"email\":\"a@b.c\"}}}", "EU-1\r\nX-Injected: yes"))))
                .isInstanceOf(MappingFailure.class).hasMessageContaining("control character");
    }

    @Test
    void theWebhookBodyJoinsTheShipments() throws Exception {
        OutboundRequest request = RequestRendering.render(operation("notifications.yaml", "notify-shipment"),
                placed("{\"erpOrderId\":\"so-9\",\"ecpOrderNumber\":\"EU-1\",\"shipments\":[{\"trackingNumber\":\"T1\"},"
                        + "{\"trackingNumber\":\"T2\"}]}"));

        assertThat(request.body().path("text").asText()).isEqualTo("Order EU-1 shipped: T1, T2");
        assertThat(request.headers()).containsEntry("Content-Type", "application/json")
                .containsEntry("Idempotency-Key", "shipment-so-9-2");
    }

    @Test
    void theAnswerMapsToTheReplyEvent() throws Exception {
        Operation upsert = operation("crm.yaml", "upsert-contact");
        JsonNode message = placed("{\"order\":{\"customer\":{\"email\":\"a@b.c\"}}}");

        JsonNode reply = RequestRendering.reply(upsert.reply(), 200, Map.of(), JSON.readTree("{\"id\":\"C-42\",\"email\":\"a@b.c\"}"),
                message);

        assertThat(upsert.reply().type()).isEqualTo("crm.contact.upserted");
        assertThat(reply).isEqualTo(JSON.readTree("{\"contactId\":\"C-42\",\"email\":\"a@b.c\"}"));
    }
}
