package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.json;
import static io.interchange.systemtests.Interchange.newId;
import static io.interchange.systemtests.Interchange.orderCreated;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.clients.WebhookSignature;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Abuse cases at the intake (docs/reliability.md, "Abuse cases"): what a sender gets for input
 * that is valid JSON but could not travel, could walk the connectors' URLs, or is not its own,
 * and that nothing of it is stored.
 */
class EdgeInputIT extends DeployedPlatform {

    private static final String ERP_KEY = "erp-demo-key";
    private static final String BURST_KEY = "burst-test-key";

    private static String orderEvent(String eventId, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/ecp/shop-it","type":"ecp.order.created","data":%s}"""
                .formatted(eventId, dataJson);
    }

    /** Posts raw bytes as the shop does: signed over exactly these bytes. */
    private HttpResponse<String> postBytes(String contentType, byte[] body, String timestamp) {
        String webhookId = "msg_" + newId();
        HttpRequest request = HttpRequest.newBuilder(URI.create(interchange.baseUrl + "/api/v1/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("X-API-Key", Interchange.ECP_KEY)
                .header("webhook-id", webhookId).header("webhook-timestamp", timestamp)
                .header("webhook-signature", new WebhookSignature(Interchange.ECP_SECRET).header(webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return interchange.send(request);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private JsonNode assertRefused(HttpResponse<String> response, int status, String pointer, String eventId) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (pointer != null) {
            assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo(pointer);
        }
        if (eventId != null) {
            assertThat(interchange.hops(eventId)).as("nothing stored").isEmpty();
        }
        return problem;
    }

    @Test
    void controlCharactersAndOverLongValuesAre400NamingTheField() {
        String nul = newId();
        assertRefused(interchange.postStructured(orderEvent(nul, "{\"orderId\":\"p\\u0000\"}")), 400, "/data/orderId", nul);

        String longKey = newId();
        assertRefused(interchange.postStructured(orderEvent(longKey, "{\"orderId\":\"" + "1".repeat(256) + "\"}")), 400,
                "/data/orderId", longKey);

        String subject = newId();
        assertRefused(interchange.postStructured("""
                {"specversion":"1.0","id":"%s","source":"/ecp/shop-it","type":"ecp.order.created","subject":"a\\u0007",
                 "data":{"orderId":"1"}}""".formatted(subject)), 400, "/subject", subject);

        assertRefused(interchange.postStructured(orderEvent("x".repeat(256), "{\"orderId\":\"1\"}")), 400, "/id", null);
    }

    @Test
    void aMissingOrMalformedBusinessKeyIs400() {
        String missing = newId();
        JsonNode problem = assertRefused(interchange.postStructured(orderEvent(missing, "{\"note\":\"no id\"}")), 400,
                "/data/orderId", missing);
        assertThat(problem.get("detail").asText()).contains("orderId");

        for (String key : new String[] {"1e999999", "19.99999999999", "{\"a\":1}", "[1]"}) {
            String id = newId();
            assertRefused(interchange.postStructured(orderEvent(id, "{\"orderId\":" + key + "}")), 400, "/data/orderId", id);
        }
        String batch = "[" + orderCreated(newId(), "edge-ok") + "," + orderEvent(newId(), "{}") + "]";
        assertRefused(interchange.postEvent("application/cloudevents-batch+json", Interchange.ECP_KEY, batch), 400,
                "/1/data/orderId", null);
    }

    @Test
    void anOrderIdOutsideTheShopsFormatIs400() {
        String id = newId();
        assertRefused(interchange.postStructured(orderEvent(id, "{\"orderId\":\"../../sim/ecp/summary\"}")), 400,
                "/data/orderId", id);
    }

    @Test
    void numbersElsewhereInTheDataAreAccepted() {
        String id = newId();
        HttpResponse<String> response = interchange.postStructured(
                orderEvent(id, "{\"orderId\":\"edge-numbers\",\"price\":19.999999999999999999,\"big\":1e999999}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(interchange.hops(id).get(0).get("businessKey").asText()).isEqualTo("edge-numbers");
    }

    @Test
    void badEncodingsAreRefused() throws Exception {
        String prefix = "{\"specversion\":\"1.0\",\"id\":\"" + newId()
                + "\",\"source\":\"/ecp/shop-it\",\"type\":\"ecp.order.created\",\"data\":{\"orderId\":\"1\",\"n\":\"";
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(prefix.getBytes(StandardCharsets.UTF_8));
            body.write(bad);
            body.write("\"}}".getBytes(StandardCharsets.UTF_8));
            assertRefused(postBytes("application/cloudevents+json", body.toByteArray(), now()), 400, "", null);
        }
        String lone = newId();
        assertRefused(interchange.postStructured(orderEvent(lone, "{\"orderId\":\"1\",\"n\":\"\\ud800\"}")), 400,
                "/data/n", lone);

        String latin = newId();
        assertRefused(postBytes("application/cloudevents+json; charset=ISO-8859-1",
                orderCreated(latin, "1").getBytes(StandardCharsets.ISO_8859_1), now()), 415, null, latin);
        assertThat(postBytes("application/cloudevents+json; charset=utf-8",
                orderCreated(newId(), "edge-utf8").getBytes(StandardCharsets.UTF_8), now()).statusCode()).isEqualTo(202);
    }

    @Test
    void anAbsurdWebhookTimestampIs403WithAReason() {
        String id = newId();
        JsonNode problem = assertRefused(postBytes("application/cloudevents+json",
                orderCreated(id, "1").getBytes(StandardCharsets.UTF_8), "9223372036854775807"), 403, null, id);
        assertThat(problem.get("detail").asText()).contains("webhook-timestamp");
    }

    @Test
    void aKeyMayNotSendFromAnotherSystemsSource() {
        String id = newId();
        String forged = """
                {"specversion":"1.0","id":"%s","source":"/ecp/shop-it","type":"erp.salesorder.changed",
                 "data":{"salesOrderId":"6f1c2a9e-0b7d-4c55-9b43-2f0e8d1a7c10"}}""".formatted(id);

        JsonNode problem = assertRefused(interchange.postEvent("application/cloudevents+json", ERP_KEY, forged), 403, null,
                id);
        assertThat(problem.get("detail").asText()).contains("/ecp/shop-it");

        // the shop's real event with that (source, id) is then accepted, not taken for a duplicate
        assertThat(interchange.postStructured(orderCreated(id, "edge-real")).statusCode()).isEqualTo(202);
    }

    @Test
    void aBatchLargerThanTheQuotasBurstIs413() {
        // the test profile's "burst" system has bursts of 2
        String[] ids = {newId(), newId(), newId()};
        String batch = "[" + orderCreated(ids[0], "q-a") + "," + orderCreated(ids[1], "q-b") + ","
                + orderCreated(ids[2], "q-c") + "]";

        JsonNode problem = assertRefused(interchange.postEvent("application/cloudevents-batch+json", BURST_KEY, batch),
                413, null, ids[0]);
        assertThat(problem.get("detail").asText()).contains("3 events", "burst of 2", "split");
    }
}
