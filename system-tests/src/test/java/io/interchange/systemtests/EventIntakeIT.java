package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.json;
import static io.interchange.systemtests.Interchange.newId;
import static io.interchange.systemtests.Interchange.orderCreated;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intake's contract (CloudEvents over HTTP, docs/architecture.md) against the running platform: what a sender sees and what is stored. */
class EventIntakeIT extends DeployedPlatform {

    @Test
    void acceptedEventIsConsumedAndRecordedOnItsTimeline() {
        Simulators.PlacedOrder order = new Simulators().placeOrder(); // the shop sends a signed event

        assertThat(order.intakeStatus()).isEqualTo(202);
        interchange.awaitConsumedByOrders(order.eventId());
        List<JsonNode> hops = interchange.hops(order.eventId());
        assertThat(hops).extracting(h -> h.get("hop").asText()).containsSubsequence("RECEIVED", "ENQUEUED", "CONSUMED");
        assertThat(hops).allSatisfy(h -> assertThat(h.get("businessKey").asText()).isEqualTo(order.orderId()));
    }

    @Test
    void batchIsAcceptedWhole() {
        String first = newId();
        String second = newId();
        HttpResponse<String> response = interchange.postEvent("application/cloudevents-batch+json", Interchange.ECP_KEY,
                "[" + orderCreated(first, "b-1") + "," + orderCreated(second, "b-2") + "]");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response.body()).get("accepted").asInt()).isEqualTo(2);
        assertThat(interchange.count(first, "RECEIVED", "intake")).isEqualTo(1);
        assertThat(interchange.count(second, "RECEIVED", "intake")).isEqualTo(1);
    }

    @Test
    void batchWithOneBadEventIsRefusedWholeNamingTheEvent() {
        String good = newId();
        HttpResponse<String> response = interchange.postEvent("application/cloudevents-batch+json", Interchange.ECP_KEY,
                "[" + orderCreated(good, "b-3") + ",{\"specversion\":\"1.0\",\"source\":\"/ecp/x\",\"type\":\"ecp.order.created\"}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).get("errors").get(0).get("pointer").asText()).isEqualTo("/1/id");
        assertThat(interchange.hops(good)).isEmpty();
    }

    @Test
    void duplicateIsAnswered200AndProcessedOnce() throws Exception {
        String id = newId();
        String event = orderCreated(id, "1002");
        assertThat(interchange.postStructured(event).statusCode()).isEqualTo(202);

        HttpResponse<String> again = interchange.postStructured(event);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again.body()).get("duplicates").asInt()).isEqualTo(1);
        interchange.awaitHandledByOrders(id);
        // The duplicate never entered the bus (one ENQUEUED, known as soon as the 200 came back),
        // and the first copy was handled once.
        assertThat(interchange.count(id, "RECEIVED", "intake")).isEqualTo(1);
        assertThat(interchange.count(id, "ENQUEUED", "intake")).isEqualTo(1);
        assertThat(interchange.count(id, "CONSUMED", "orders") + interchange.count(id, "FAILED", "orders")).isEqualTo(1);
    }

    @Test
    void unknownOrMissingKeyIs401AndNothingIsStored() {
        String id = newId();
        HttpResponse<String> wrong = interchange.postEvent("application/cloudevents+json", "not-a-key", orderCreated(id, "1"));
        HttpResponse<String> missing = interchange.postEvent("application/cloudevents+json", null, orderCreated(id, "1"));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertProblem(wrong, 401);
        assertThat(interchange.hops(id)).isEmpty();
    }

    @Test
    void eventTypeNotAllowedForTheKeyIs403() {
        String id = newId();
        String erpEvent = """
                {"specversion":"1.0","id":"%s","source":"/erp/cronus","type":"erp.salesorder.changed","data":{"salesOrderId":"x"}}"""
                .formatted(id);

        HttpResponse<String> response = interchange.postStructured(erpEvent);

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
        assertThat(interchange.hops(id)).isEmpty();
    }

    @Test
    void malformedEventIs400NamingTheField() {
        String id = newId();
        String noSource = """
                {"specversion":"1.0","id":"%s","type":"ecp.order.created","data":{"orderId":"1"}}""".formatted(id);

        HttpResponse<String> response = interchange.postStructured(noSource);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/source");
        assertThat(problem.get("detail").asText()).contains("source");
        assertThat(interchange.hops(id)).isEmpty();
    }

    @Test
    void invalidJsonAndDuplicateKeysAre400() {
        assertThat(interchange.postStructured("{\"specversion\":\"1.0\",").statusCode()).isEqualTo(400);
        String duplicateKey = """
                {"specversion":"1.0","id":"a","id":"b","source":"/ecp/x","type":"ecp.order.created","data":{}}""";
        HttpResponse<String> response = interchange.postStructured(duplicateKey);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Duplicate field");
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String id = newId();
        String padding = "x".repeat(1024 * 1024);
        String big = """
                {"specversion":"1.0","id":"%s","source":"/ecp/shop-it","type":"ecp.order.created","data":{"orderId":"1","note":"%s"}}"""
                .formatted(id, padding);

        HttpResponse<String> response = interchange.postStructured(big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413);
        assertThat(interchange.hops(id)).isEmpty();
    }

    @Test
    void overQuotaIs429WithRetryAfterAndNothingStored() {
        // the test profile's "burst" system may send 1 event/s in bursts of 2
        String[] ids = {newId(), newId()};
        int[] statuses = new int[2];
        for (int i = 0; i < 2; i++) {
            statuses[i] = interchange.postEvent("application/cloudevents+json", "burst-test-key",
                    orderCreated(ids[i], "q-" + i)).statusCode();
        }
        assertThat(statuses[0]).isEqualTo(202);
        assertThat(statuses[1]).isEqualTo(202);
        String overId = newId();
        HttpResponse<String> over = interchange.postEvent("application/cloudevents+json", "burst-test-key",
                orderCreated(overId, "q-3"));
        assertThat(over.statusCode()).isEqualTo(429);
        assertProblem(over, 429);
        assertThat(over.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(interchange.hops(overId)).isEmpty();
    }

    @Test
    void binaryModeEventIsAccepted() throws Exception {
        String id = newId();
        String data = "{\"orderId\":\"bin-1\"}";
        String webhookId = "msg_" + id;
        String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(interchange.baseUrl + "/api/v1/events"))
                .header("ce-specversion", "1.0").header("ce-id", id).header("ce-source", "/ecp/shop-it")
                .header("ce-type", "ecp.order.created")
                .header("webhook-id", webhookId).header("webhook-timestamp", timestamp)
                .header("webhook-signature", new io.interchange.platform.clients.WebhookSignature(Interchange.ECP_SECRET)
                        .header(webhookId, timestamp, data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        HttpResponse<String> response = interchange.post(request, "application/json", Interchange.ECP_KEY, data);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(interchange.count(id, "RECEIVED", "intake")).isEqualTo(1);
        assertThat(interchange.hops(id).get(0).get("businessKey").asText()).isEqualTo("bin-1");
    }

    @Test
    void unknownContentTypeIs415() {
        HttpResponse<String> response = interchange.postEvent("text/plain", Interchange.ECP_KEY, orderCreated(newId(), "1"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertProblem(response, 415);
    }

    @Test
    void abuseProtectionHandshakeAllowsTheOrigin() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(interchange.baseUrl + "/api/v1/events"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("WebHook-Request-Origin", "shop.example.com").build();

        HttpResponse<String> response = interchange.send(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("WebHook-Allowed-Origin")).hasValue("shop.example.com");
    }

    @Test
    void abuseProtectionHandshakeRefusesAnUnknownOrigin() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(interchange.baseUrl + "/api/v1/events"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("WebHook-Request-Origin", "evil.example.net").build();

        HttpResponse<String> response = interchange.send(request);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WebHook-Allowed-Origin")).isEmpty();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        return problem;
    }
}
