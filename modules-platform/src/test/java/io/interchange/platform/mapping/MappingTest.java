package io.interchange.platform.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.message.Envelope;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MappingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode placedOrder() {
        return StandardMessage.of(Envelope.original("evt-1", "/interchange/orders", "interchange.order.placed", null,
                Instant.parse("2026-12-05T10:00:00Z"),
                "{\"orderNumber\":\"EU-1\",\"total\":\"120.50\",\"customer\":{\"email\":\"Ada@Example.org\",\"name\":\"Ada\"},"
                        + "\"lines\":[{\"sku\":\"A\",\"qty\":2},{\"sku\":\"B\",\"qty\":1}],\"note\":null}",
                "280074686"));
    }

    @Test
    void theStandardMessageHasItsAttributesAtTheTopAndItsDataBelow() {
        JsonNode message = placedOrder();

        assertThat(message.path("type").asText()).isEqualTo("interchange.order.placed");
        assertThat(message.path("correlationid").asText()).isEqualTo("280074686");
        assertThat(message.path("deliverykind").asText()).isEqualTo("original");
        assertThat(message.path("data").path("lines").size()).isEqualTo(2);
    }

    @Test
    void mapsTheMessageToANewDocument() throws Exception {
        Mapping body = Mapping.compile("crm/upsert-contact request.body",
                "{ 'email': $lowercase(data.customer.email), 'items': $sum(data.lines.qty), 'order': correlationid }");

        assertThat(body.evaluate(placedOrder())).isEqualTo(JSON.readTree(
                "{\"email\":\"ada@example.org\",\"items\":3,\"order\":\"280074686\"}"));
    }

    @Test
    void aMissingFieldYieldsNothingAndANullStaysNull() {
        assertThat(Mapping.compile("m", "data.customer.phone").evaluate(placedOrder()).isMissingNode()).isTrue();
        assertThat(Mapping.compile("m", "data.customer.phone").text(placedOrder())).isEmpty();
        assertThat(Mapping.compile("m", "{ 'note': data.note }").evaluate(placedOrder()).path("note").isNull()).isTrue();
    }

    @Test
    void aSyntaxErrorIsRefusedAtCompileNamingTheMapping() {
        assertThatThrownBy(() -> Mapping.compile("crm/upsert-contact request.body", "{ 'email': data.customer.email"))
                .isInstanceOf(MappingFailure.class)
                .hasMessageStartingWith("mapping crm/upsert-contact request.body failed: ")
                .satisfies(e -> assertThat(((MappingFailure) e).mapping()).isEqualTo("crm/upsert-contact request.body"));
    }

    @Test
    void anExpressionThatFailsOnAMessageNamesTheMappingAndTheJsonataError() {
        Mapping failing = Mapping.compile("crm/upsert-contact request.body", "$number(data.customer.name)");

        assertThatThrownBy(() -> failing.evaluate(placedOrder())).isInstanceOf(MappingFailure.class)
                .hasMessageStartingWith("mapping crm/upsert-contact request.body failed: ")
                .hasMessageContaining("Ada");
    }

    @Test
    void anErrorTheMappingRaisesItselfIsReportedWithItsText() {
        Mapping guard = Mapping.compile("m", "data.total ? data.total : $error('order without a total')");

        assertThat(guard.text(placedOrder())).contains("120.50");
        assertThatThrownBy(() -> guard.evaluate(JSON.createObjectNode().set("data", JSON.createObjectNode())))
                .isInstanceOf(MappingFailure.class).hasMessageContaining("order without a total");
    }

    @Test
    void aTextIsExpectedWhereOnlyATextFits() {
        assertThatThrownBy(() -> Mapping.compile("m", "data.lines").text(placedOrder()))
                .isInstanceOf(MappingFailure.class).hasMessageContaining("expected a text, got array");
        assertThat(Mapping.compile("m", "$sum(data.lines.qty)").text(placedOrder())).contains("3");
    }

    @Test
    void onlyTrueIsTrue() {
        assertThat(Mapping.compile("m", "$number(data.total) > 100").test(placedOrder())).isTrue();
        assertThat(Mapping.compile("m", "data.customer.name").test(placedOrder())).isFalse();
        assertThat(Mapping.compile("m", "data.nothing = 'x'").test(placedOrder())).isFalse();
    }
}
