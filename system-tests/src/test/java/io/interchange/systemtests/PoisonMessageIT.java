package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Poison messages: put straight on a queue, as a foreign or broken producer would (a message that
 * is not an envelope at all, an envelope whose data is not JSON), and an order whose effect fails
 * unexpectedly every time. None loops or vanishes: each is stored as failed (the errors queue),
 * with what it carried.
 * The foreign messages are sent with OpenMQ's own client ({@link OpenMq}).
 */
class PoisonMessageIT extends DeployedPlatform {

    private static final String QUEUE = "OrdersInbound";

    private final Simulators simulators = new Simulators();

    @Test
    void aMessageThatIsNotAnEnvelopeIsStoredAsFailedNotDropped() throws Exception {
        String body = "not a cloud event " + Interchange.newId();
        String jmsId = send(body, false);

        JsonNode failed = awaitFailed("interchange.unreadable", jmsId);
        assertThat(failed.get("reason").asText()).startsWith("unreadable message");
        assertThat(failed.get("queue").asText()).isEqualTo(QUEUE);
    }

    @Test
    void anEnvelopeWhoseDataIsBrokenIsFailedAtOnceWithoutRetrying() throws Exception {
        String eventId = "poison-" + Interchange.newId();
        send(eventId, true);

        JsonNode failed = awaitFailed("ecp.order.created", eventId);
        assertThat(failed.get("reason").asText()).contains("not JSON");
        assertThat(interchange.count(eventId, "ATTEMPT_FAILED", "orders")).as("attempts: no loop").isEqualTo(1);
        assertThat(interchange.count(eventId, "RETRY_SCHEDULED", "orders")).isZero();
    }

    /**
     * A message whose effect fails in a way the code does not classify, every time: the shop reuses
     * an order number, and storing the second order breaks the database's unique number. It is
     * retried with a backoff like a transient failure and, after {@code interchange.delivery.max-attempts}
     * attempts, stored as failed with each attempt's error on its timeline: no hot loop, not lost in
     * OpenMQ's dead message queue (where the resource adapter's own quick redeliveries put it before
     * this was handled in code), and the first order is untouched.
     */
    @Test
    void aMessageThatFailsUnexpectedlyEveryTimeStopsAfterItsAttemptsAndIsStoredAsFailed() {
        Simulators.PlacedOrder first = simulators.placeOrder();
        await().atMost(Duration.ofSeconds(60)).until(() -> simulators.shopOrder(first.orderId()).hasNonNull("erpReference"));

        Simulators.PlacedOrder reused = simulators.placeOrderNumbered(first.number());
        assertThat(reused.intakeStatus()).isEqualTo(202);

        JsonNode failed = awaitFailed("ecp.order.created", reused.eventId());
        assertThat(failed.get("reason").asText()).startsWith("gave up after 4 attempts");
        List<JsonNode> attempts = interchange.hops(reused.eventId()).stream()
                .filter(hop -> "ATTEMPT_FAILED".equals(hop.path("hop").asText())).toList();
        assertThat(attempts).as("one failed attempt per delivery, then it stops").hasSize(4);
        assertThat(attempts.get(0).path("detail").asText()).containsIgnoringCase("unique");
        assertThat(interchange.count(reused.eventId(), "RETRY_SCHEDULED", "orders")).isEqualTo(3);
        assertThat(simulators.salesOrders(first.number())).as("the first order's sales order, alone").hasSize(1);
    }

    /** Sends a text message; as an envelope, its data is not JSON. Returns the id to look for. */
    private static String send(String text, boolean asEnvelope) throws Exception {
        try (OpenMq broker = OpenMq.connect()) {
            JMSContext jms = broker.jms();
            TextMessage message = jms.createTextMessage(asEnvelope ? "{not json" : text);
            if (asEnvelope) {
                message.setStringProperty("cloudEvents_specversion", "1.0");
                message.setStringProperty("cloudEvents_id", text);
                message.setStringProperty("cloudEvents_source", "/ecp/poison");
                message.setStringProperty("cloudEvents_type", "ecp.order.created");
            }
            jms.createProducer().send(jms.createQueue(QUEUE), message);
            return asEnvelope ? text : message.getJMSMessageID();
        }
    }

    private JsonNode awaitFailed(String type, String messageId) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            found.clear();
            Interchange.json(interchange.get("/api/v1/operations/failed?type=" + type + "&limit=500", Interchange.OPS_KEY)
                    .body()).get("failed").forEach(f -> {
                        if (messageId.equals(f.path("messageId").asText())) {
                            found.add(f);
                        }
                    });
            return !found.isEmpty();
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
