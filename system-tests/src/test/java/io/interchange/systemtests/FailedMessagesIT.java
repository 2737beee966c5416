package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The errors queue as a workplace: a failed message can be found, examined (reason, attempts,
 * lineage), fixed, resubmitted or discarded by an operator key, only read by a viewer key, and
 * every action is in the audit trail.
 */
class FailedMessagesIT extends DeployedPlatform {

    private static final String FAILED = "/api/v1/operations/failed";
    private static final Duration FLOW = Duration.ofSeconds(60);
    private final Simulators simulators = new Simulators();

    /** A failed message: the shop does not know the order, so the orders consumer fails with a 404. */
    private record Failure(long id, String eventId, String orderId) {
    }

    private Failure failUnknownOrder() {
        String eventId = Interchange.newId();
        String orderId = "no-such-order-" + System.nanoTime();
        assertThat(interchange.postStructured(Interchange.orderCreated(eventId, orderId)).statusCode()).isEqualTo(202);
        List<JsonNode> found = awaitFailed(orderId, 1);
        return new Failure(found.get(0).get("id").asLong(), eventId, orderId);
    }

    private List<JsonNode> awaitFailed(String businessKey, int count) {
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> listFailed("businessKey=" + businessKey).size() >= count);
        return listFailed("businessKey=" + businessKey);
    }

    private List<JsonNode> listFailed(String query) {
        HttpResponse<String> response = interchange.get(FAILED + "?" + query, OPS_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        json(response.body()).get("failed").forEach(items::add);
        return items;
    }

    private JsonNode view(long id) {
        HttpResponse<String> response = interchange.get(FAILED + "/" + id, OPS_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private List<JsonNode> auditOf(long id) {
        HttpResponse<String> response = interchange.get("/api/v1/operations/audit?failedMessageId=" + id, VIEWER_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        json(response.body()).get("entries").forEach(entries::add);
        return entries;
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aPermanentFailureIsListedWithItsReasonAttemptsAndGroup() {
        Failure failure = failUnknownOrder();

        JsonNode listed = listFailed("businessKey=" + failure.orderId()).get(0);
        assertThat(listed.get("status").asText()).isEqualTo("OPEN");
        assertThat(listed.get("consumer").asText()).isEqualTo("orders");
        assertThat(listed.get("system").asText()).isEqualTo("ecp");
        assertThat(listed.get("queue").asText()).isEqualTo("OrdersInbound");
        assertThat(listed.get("messageId").asText()).isEqualTo(failure.eventId());
        assertThat(listed.get("reason").asText()).contains("404");
        String group = listed.get("group").asText();
        assertThat(group).startsWith("orders | ecp.order.created | ").contains("404").doesNotContain(failure.orderId());

        assertThat(listFailed("system=ecp&type=ecp.order.created&consumer=orders&status=OPEN&group=" + encode(group)
                + "&businessKey=" + failure.orderId())).extracting(f -> f.get("id").asLong()).containsExactly(failure.id());
        assertThat(listFailed("status=DISCARDED&businessKey=" + failure.orderId())).isEmpty();
        assertThat(listFailed("olderThanMinutes=60&businessKey=" + failure.orderId())).isEmpty();
        problem(interchange.get(FAILED + "?status=BROKEN", OPS_KEY), 400);

        JsonNode groups = json(interchange.get(FAILED + "/groups", VIEWER_KEY).body()).get("groups");
        JsonNode ours = null;
        for (JsonNode g : groups) {
            if (group.equals(g.get("group").asText())) {
                ours = g;
            }
        }
        assertThat(ours).as("group %s in %s", group, groups).isNotNull();
        assertThat(ours.get("count").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(ours.get("oldest").asText()).isNotBlank();
        assertThat(ours.get("newest").asText()).isNotBlank();

        JsonNode view = view(failure.id());
        assertThat(view.get("reason").asText()).contains("404");
        assertThat(view.get("envelope").get("id").asText()).isEqualTo(failure.eventId());
        assertThat(view.get("envelope").get("source").asText()).isEqualTo("/ecp/shop-it");
        assertThat(view.get("envelope").get("deliveryKind").asText()).isEqualTo("original");
        assertThat(view.get("envelope").get("retryCount").asInt()).isZero();
        assertThat(view.get("envelope").get("time").asText()).isEqualTo("2026-11-21T10:00:00Z");
        assertThat(view.get("payload").get("orderId").asText()).isEqualTo(failure.orderId());
        assertThat(view.get("attempts")).hasSize(1);
        assertThat(view.get("attempts").get(0).get("error").asText()).contains("404");
        assertThat(view.get("lineage").get("causationId").isNull()).isTrue();
        assertThat(view.get("lineage").get("resubmits")).isEmpty();

        problem(interchange.get(FAILED + "/999999999", OPS_KEY), 404);
        problem(interchange.get(FAILED + "/not-a-number", OPS_KEY), 404);
    }

    @Test
    void aViewerMayReadButNotAct() {
        Failure failure = failUnknownOrder();

        assertThat(interchange.get(FAILED + "?businessKey=" + failure.orderId(), VIEWER_KEY).statusCode()).isEqualTo(200);
        assertThat(interchange.get(FAILED + "/" + failure.id(), VIEWER_KEY).statusCode()).isEqualTo(200);
        assertThat(interchange.get(FAILED + "/groups", VIEWER_KEY).statusCode()).isEqualTo(200);
        assertThat(interchange.get("/api/v1/operations/audit", VIEWER_KEY).statusCode()).isEqualTo(200);
        assertThat(interchange.get("/api/v1/tracking/messages/" + failure.eventId(), VIEWER_KEY).statusCode())
                .isEqualTo(200);

        String base = FAILED + "/" + failure.id();
        assertThat(problem(interchange.call("PUT", base + "/payload", VIEWER_KEY, "{\"orderId\":\"x\"}"), 403)
                .get("detail").asText()).contains("viewer").contains("operator");
        problem(interchange.call("POST", base + "/resubmit", VIEWER_KEY, null), 403);
        problem(interchange.call("POST", base + "/discard", VIEWER_KEY, "{\"reason\":\"no\"}"), 403);
        problem(interchange.call("POST", FAILED + "/resubmit", VIEWER_KEY, "{\"ids\":[" + failure.id() + "]}"), 403);
        // a key without a role (the shop's) may not even read; no key is 401
        problem(interchange.get(FAILED, Interchange.ECP_KEY), 403);
        problem(interchange.get(FAILED, null), 401);
        problem(interchange.get(FAILED, "wrong-key"), 401);

        JsonNode view = view(failure.id());
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("payload").get("orderId").asText()).isEqualTo(failure.orderId());
        assertThat(auditOf(failure.id())).isEmpty();
    }

    @Test
    void anInvalidEditIsRefusedNamingTheFieldAndChangesNothing() {
        Failure failure = failUnknownOrder();
        String payload = FAILED + "/" + failure.id() + "/payload";

        JsonNode notJson = problem(interchange.call("PUT", payload, OPS_KEY, "{\"orderId\": "), 400);
        assertThat(notJson.get("detail").asText()).contains("not valid JSON");
        problem(interchange.call("PUT", payload, OPS_KEY, "{\"orderId\":\"a\",\"orderId\":\"b\"}"), 400);

        JsonNode noOrderId = problem(interchange.call("PUT", payload, OPS_KEY, "{\"order\":\"ord-1\"}"), 400);
        assertThat(noOrderId.get("detail").asText()).contains("orderId");
        assertThat(noOrderId.get("errors").get(0).get("pointer").asText()).isEqualTo("/orderId");

        JsonNode view = view(failure.id());
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("payload").get("orderId").asText()).isEqualTo(failure.orderId());
        assertThat(auditOf(failure.id())).isEmpty();
    }

    @Test
    void aFixedAndResubmittedMessageReachesTheErpWithItsLineage() {
        JsonNode order = json(simulators.call("POST", "/sim/ecp/orders", "{\"count\":1,\"send\":false}").body())
                .get("orders").get(0);
        String orderId = order.get("orderId").asText();
        String number = order.get("number").asText();
        Failure failure = failUnknownOrder();
        String base = FAILED + "/" + failure.id();

        HttpResponse<String> edited = interchange.call("PUT", base + "/payload", OPS_KEY,
                "{\"orderId\":\"" + orderId + "\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited.body()).get("payload").get("orderId").asText()).isEqualTo(orderId);

        HttpResponse<String> resubmitted = interchange.call("POST", base + "/resubmit", OPS_KEY,
                "{\"note\":\"order id fixed\"}");
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
        JsonNode view = json(resubmitted.body());
        assertThat(view.get("status").asText()).isEqualTo("RESUBMITTED");
        assertThat(view.get("resolvedBy").asText()).isEqualTo("ops");
        JsonNode resubmit = view.get("lineage").get("resubmits").get(0);
        String newId = resubmit.get("messageId").asText();
        assertThat(newId).isNotEqualTo(failure.eventId());

        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> !simulators.salesOrders(number).isEmpty());
        assertThat(simulators.salesOrders(number)).hasSize(1);
        interchange.awaitConsumedByOrders(newId);
        assertThat(interchange.count(failure.eventId(), "RESUBMITTED", "operations")).isEqualTo(1);
        assertThat(interchange.hops(newId)).anySatisfy(h -> {
            assertThat(h.get("hop").asText()).isEqualTo("ENQUEUED");
            assertThat(h.get("businessKey").asText()).as("same business key").isEqualTo(failure.orderId());
        });
        JsonNode later = view(failure.id());
        assertThat(later.get("lineage").get("resubmits").get(0).get("lastHop").asText()).isNotBlank();
        assertThat(later.get("lineage").get("resubmits").get(0).get("failedAgainAs")).isEmpty();

        // closed: neither a second resubmit nor an edit
        problem(interchange.call("POST", base + "/resubmit", OPS_KEY, null), 409);
        problem(interchange.call("PUT", base + "/payload", OPS_KEY, "{\"orderId\":\"" + orderId + "\"}"), 409);

        List<JsonNode> audit = auditOf(failure.id());
        assertThat(audit).extracting(a -> a.get("action").asText()).containsExactly("RESUBMITTED", "PAYLOAD_EDITED");
        JsonNode resubmitEntry = audit.get(0);
        assertThat(resubmitEntry.get("who").asText()).isEqualTo("ops");
        assertThat(resubmitEntry.get("before").asText()).isEqualTo("OPEN");
        assertThat(resubmitEntry.get("after").asText()).isEqualTo("RESUBMITTED");
        assertThat(resubmitEntry.get("messageId").asText()).isEqualTo(newId);
        assertThat(resubmitEntry.get("note").asText()).contains("order id fixed");
        JsonNode editEntry = audit.get(1);
        assertThat(editEntry.get("who").asText()).isEqualTo("ops");
        assertThat(editEntry.get("before").asText()).contains(failure.orderId());
        assertThat(editEntry.get("after").asText()).contains(orderId);
    }

    @Test
    void aDiscardNeedsAReasonAndIsAudited() {
        Failure failure = failUnknownOrder();
        String base = FAILED + "/" + failure.id();

        assertThat(problem(interchange.call("POST", base + "/discard", OPS_KEY, "{}"), 400)
                .get("errors").get(0).get("pointer").asText()).isEqualTo("/reason");
        problem(interchange.call("POST", base + "/discard", OPS_KEY, "{\"reason\":\"  \"}"), 400);
        problem(interchange.call("POST", base + "/discard", OPS_KEY, null), 400);
        assertThat(view(failure.id()).get("status").asText()).isEqualTo("OPEN");

        HttpResponse<String> discarded = interchange.call("POST", base + "/discard", OPS_KEY,
                "{\"reason\":\"a test order, not a real one\"}");
        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
        JsonNode view = json(discarded.body());
        assertThat(view.get("status").asText()).isEqualTo("DISCARDED");
        assertThat(view.get("resolvedBy").asText()).isEqualTo("ops");
        assertThat(view.get("resolution").asText()).isEqualTo("a test order, not a real one");
        problem(interchange.call("POST", base + "/resubmit", OPS_KEY, null), 409);
        assertThat(interchange.count(failure.eventId(), "DISCARDED", "operations")).isEqualTo(1);

        HttpResponse<String> latest = interchange.get("/api/v1/operations/audit?limit=50", VIEWER_KEY);
        JsonNode entry = null;
        for (JsonNode e : json(latest.body()).get("entries")) {
            if (e.get("failedMessageId").asLong() == failure.id()) {
                entry = e;
            }
        }
        assertThat(entry).as("audit entry of %s in %s", failure.id(), latest.body()).isNotNull();
        assertThat(entry.get("action").asText()).isEqualTo("DISCARDED");
        assertThat(entry.get("who").asText()).isEqualTo("ops");
        assertThat(entry.get("before").asText()).isEqualTo("OPEN");
        assertThat(entry.get("after").asText()).isEqualTo("DISCARDED");
        assertThat(entry.get("note").asText()).isEqualTo("a test order, not a real one");
        assertThat(entry.get("at").asText()).isNotBlank();
    }

    @Test
    void aBulkResubmitAnswersEachOutcomeAndAFailingResubmitKeepsItsLineage() {
        Failure first = failUnknownOrder();
        Failure closed = failUnknownOrder();
        interchange.call("POST", FAILED + "/" + closed.id() + "/discard", OPS_KEY, "{\"reason\":\"duplicate\"}");

        HttpResponse<String> bulk = interchange.call("POST", FAILED + "/resubmit", OPS_KEY,
                "{\"ids\":[" + first.id() + "," + closed.id() + ",999999999]}");
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
        JsonNode answer = json(bulk.body());
        assertThat(answer.get("resubmitted").asInt()).isEqualTo(1);
        assertThat(answer.get("refused").asInt()).isEqualTo(2);
        JsonNode results = answer.get("results");
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("RESUBMITTED");
        assertThat(results.get(1).get("problem").get("status").asInt()).isEqualTo(409);
        assertThat(results.get(2).get("problem").get("status").asInt()).isEqualTo(404);
        problem(interchange.call("POST", FAILED + "/resubmit", OPS_KEY, "{}"), 400);
        problem(interchange.call("POST", FAILED + "/resubmit", OPS_KEY, "{\"ids\":[\"x\"]}"), 400);

        // the order is still unknown: the resubmit fails too, and says where it came from
        List<JsonNode> both = awaitFailed(first.orderId(), 2);
        JsonNode again = both.stream().filter(f -> f.get("id").asLong() != first.id()).findFirst().orElseThrow();
        JsonNode againView = view(again.get("id").asLong());
        assertThat(againView.get("envelope").get("deliveryKind").asText()).isEqualTo("resubmit");
        assertThat(againView.get("envelope").get("causationId").asText()).isEqualTo(first.eventId());
        assertThat(againView.get("lineage").get("resubmitOf").asLong()).isEqualTo(first.id());
        assertThat(view(first.id()).get("lineage").get("resubmits").get(0).get("failedAgainAs").get(0).asLong())
                .isEqualTo(again.get("id").asLong());

        // by group: every open message of the group, ours among them
        String group = again.get("group").asText();
        JsonNode byGroup = json(interchange.call("POST", FAILED + "/resubmit", OPS_KEY,
                "{\"group\":\"" + group.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").body());
        assertThat(byGroup.get("results")).anySatisfy(r -> {
            assertThat(r.get("id").asLong()).isEqualTo(again.get("id").asLong());
            assertThat(r.get("outcome").asText()).isEqualTo("RESUBMITTED");
        });
        assertThat(view(again.get("id").asLong()).get("status").asText()).isEqualTo("RESUBMITTED");
    }

    private JsonNode activeAlert(String incidentKey, String apiKey) {
        HttpResponse<String> response = interchange.get("/api/v1/operations/alerts", apiKey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode found = null;
        for (JsonNode alert : json(response.body()).get("alerts")) {
            if (incidentKey.equals(alert.get("incidentKey").asText()) && !"RESOLVED".equals(alert.get("status").asText())) {
                assertThat(found).as("one active alert per incident: %s", response.body()).isNull();
                found = alert;
            }
        }
        return found;
    }

    @Test
    void failuresOfOneGroupRaiseOneAlertThatCountsThemAndAnOperatorAcknowledges() {
        Failure first = failUnknownOrder(); // makes sure the group's alert exists
        String group = listFailed("businessKey=" + first.orderId()).get(0).get("group").asText();
        String key = "DEAD_LETTER|" + group;
        JsonNode before = activeAlert(key, OPS_KEY);
        assertThat(before).as("alert of %s", key).isNotNull();
        long countBefore = before.get("count").asLong();

        String orderA = "no-such-order-x" + System.nanoTime();
        String orderB = "no-such-order-x" + System.nanoTime();
        assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), orderA)).statusCode())
                .isEqualTo(202);
        assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), orderB)).statusCode())
                .isEqualTo(202);
        awaitFailed(orderA, 1);
        awaitFailed(orderB, 1);

        JsonNode alert = activeAlert(key, OPS_KEY);
        assertThat(alert.get("id").asLong()).isEqualTo(before.get("id").asLong());
        assertThat(alert.get("kind").asText()).isEqualTo("DEAD_LETTER");
        assertThat(alert.get("priority").asText()).isEqualTo("HIGH");
        assertThat(alert.get("count").asLong()).isGreaterThanOrEqualTo(countBefore + 2);

        // and counted in the application's metrics
        java.util.regex.Matcher occurrences = java.util.regex.Pattern.compile(
                "interchange_alert_occurrences_total\\{[^}]*kind=\"DEAD_LETTER\"[^}]*} ([0-9.]+)")
                .matcher(interchange.get("/metrics", null).body());
        assertThat(occurrences.find()).as("the DEAD_LETTER occurrences in /metrics").isTrue();
        assertThat(Double.parseDouble(occurrences.group(1))).isGreaterThanOrEqualTo(2);

        String acknowledge = "/api/v1/operations/alerts/" + alert.get("id").asLong() + "/acknowledge";
        assertThat(activeAlert(key, VIEWER_KEY)).isNotNull();
        problem(interchange.call("POST", acknowledge, VIEWER_KEY, null), 403);
        problem(interchange.get("/api/v1/operations/alerts?status=SOON", OPS_KEY), 400);
        problem(interchange.call("POST", "/api/v1/operations/alerts/999999999/acknowledge", OPS_KEY, null), 404);

        HttpResponse<String> acknowledged = interchange.call("POST", acknowledge, OPS_KEY, null);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(json(acknowledged.body()).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(json(acknowledged.body()).get("acknowledgedBy").asText()).isEqualTo("ops");
        assertThat(activeAlert(key, OPS_KEY).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        HttpResponse<String> listed = interchange.get("/api/v1/operations/alerts?status=ACKNOWLEDGED", VIEWER_KEY);
        assertThat(listed.body()).contains("\"id\":" + alert.get("id").asLong());
    }
}
