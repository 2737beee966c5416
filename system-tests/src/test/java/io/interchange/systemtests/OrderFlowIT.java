package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.systemtests.Simulators.PlacedOrder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The headline job: a shop order reaches the ERP exactly once and the ERP's progress reaches
 * the shop, whatever fails in between. Scenarios run against the simulated shop and ERP over
 * real HTTP, with faults injected in the simulators.
 */
class OrderFlowIT extends DeployedPlatform {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private final Simulators simulators = new Simulators();

    @AfterEach
    void healTheSystems() {
        simulators.clearFaults();
    }

    private JsonNode awaitSingleSalesOrder(PlacedOrder order) {
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> !simulators.salesOrders(order.number()).isEmpty());
        List<JsonNode> salesOrders = simulators.salesOrders(order.number());
        assertThat(salesOrders).as("sales orders for %s", order.number()).hasSize(1);
        return salesOrders.get(0);
    }

    private void awaitErpReferenceInShop(PlacedOrder order, JsonNode salesOrder) {
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> simulators.shopOrder(order.orderId()).path("erpReference").path("erpOrderNumber").asText(""),
                        number -> number.equals(salesOrder.get("number").asText()));
    }

    @Test
    void orderReachesTheErpOnceAndTheErpsProgressReachesTheShop() {
        PlacedOrder order = simulators.placeOrder();
        assertThat(order.intakeStatus()).isEqualTo(202);

        JsonNode salesOrder = awaitSingleSalesOrder(order);
        awaitErpReferenceInShop(order, salesOrder);
        String id = salesOrder.get("id").asText();
        simulators.advance(id); // Released
        await().atMost(FLOW).until(() -> simulators.shopOrder(order.orderId()).path("status").asText(),
                "IN_PROGRESS"::equals);
        simulators.advance(id); // Shipped
        simulators.advance(id); // Invoiced

        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode shop = simulators.shopOrder(order.orderId());
            assertThat(shop.path("status").asText()).isEqualTo("SHIPPED");
            assertThat(shop.path("shipments")).hasSize(1);
            assertThat(shop.path("payments")).hasSize(1);
        });
        JsonNode shop = simulators.shopOrder(order.orderId());
        assertThat(shop.path("payments").get(0).path("status").asText()).isEqualTo("CAPTURED");
        assertThat(shop.path("shipments").get(0).path("carrier").asText()).isEqualTo("DHL");
    }

    @Test
    void duplicateWebhookIsProcessedOnce() throws Exception {
        PlacedOrder order = simulators.placeOrder();
        simulators.resendCreated(order.orderId());
        simulators.resendCreated(order.orderId());

        JsonNode salesOrder = awaitSingleSalesOrder(order);
        awaitErpReferenceInShop(order, salesOrder);
        // The resends were answered 200 without entering the bus: one reception, one message, one sales order.
        assertThat(interchange.count(order.eventId(), "RECEIVED", "intake")).isEqualTo(1);
        assertThat(interchange.count(order.eventId(), "ENQUEUED", "intake")).isEqualTo(1);
        assertThat(simulators.salesOrders(order.number())).hasSize(1);
    }

    @Test
    void erpFailingWith500ThenRecoveringCreatesExactlyOneSalesOrder() throws Exception {
        simulators.fault("erp", "{\"errorRate\":1.0,\"errorStatus\":500}");
        PlacedOrder order = simulators.placeOrder();

        await().atMost(FLOW).until(() -> interchange.hops(order.eventId()).size() > 0);
        await().atMost(FLOW).until(() -> interchange.timeline(order.orderId()).stream()
                .anyMatch(h -> "RETRY_SCHEDULED".equals(h.get("hop").asText())));
        assertThat(simulators.salesOrders(order.number())).isEmpty();
        simulators.clearFaults();

        JsonNode salesOrder = awaitSingleSalesOrder(order);
        awaitErpReferenceInShop(order, salesOrder);
    }

    @Test
    void erpTimingOutButCreatingStillGivesOneSalesOrder() {
        // The ERP creates the order, then answers after the platform's 2 s read timeout.
        simulators.fault("erp", "{\"slowButSucceedsMs\":4000}");
        PlacedOrder order = simulators.placeOrder();

        JsonNode salesOrder = awaitSingleSalesOrder(order);
        simulators.clearFaults();
        awaitErpReferenceInShop(order, salesOrder);
        assertThat(simulators.salesOrders(order.number())).hasSize(1);
    }

    @Test
    void lateChangeNotificationNeverRollsTheShopBack() throws Exception {
        PlacedOrder order = simulators.placeOrder();
        JsonNode salesOrder = awaitSingleSalesOrder(order);
        String id = salesOrder.get("id").asText();
        simulators.advance(id); // Released
        simulators.advance(id); // Shipped
        await().atMost(FLOW).until(() -> simulators.shopOrder(order.orderId()).path("status").asText(), "SHIPPED"::equals);

        simulators.notifyAgain(id); // a late, repeated notification
        // ERP-side messages carry the shop's order number: the only key the ERP knows.
        await().atMost(FLOW).until(() -> interchange.timeline(order.number()).stream()
                .anyMatch(h -> h.path("detail").asText().startsWith("stale ERP state")));

        JsonNode shop = simulators.shopOrder(order.orderId());
        assertThat(shop.path("status").asText()).isEqualTo("SHIPPED");
        assertThat(shop.path("shipments")).hasSize(1);
    }

    @Test
    void cancellationBeforeShippingCancelsTheSalesOrder() {
        PlacedOrder order = simulators.placeOrder();
        JsonNode salesOrder = awaitSingleSalesOrder(order);
        awaitErpReferenceInShop(order, salesOrder);

        simulators.cancelInShop(order.orderId());

        await().atMost(FLOW).until(() -> simulators.salesOrders(order.number()).get(0).path("status").asText(),
                "Cancelled"::equals);
        await().atMost(FLOW).until(() -> simulators.shopOrder(order.orderId()).path("status").asText(),
                "CANCELLED"::equals);
    }

    @Test
    void orderUnknownToTheShopFailsWithTheReason() {
        String eventId = Interchange.newId();
        assertThat(interchange.postStructured(Interchange.orderCreated(eventId, "no-such-order")).statusCode())
                .isEqualTo(202);

        await().atMost(FLOW).until(() -> interchange.count(eventId, "FAILED", "orders") == 1);
        JsonNode failed = interchange.hops(eventId).stream().filter(h -> "FAILED".equals(h.get("hop").asText()))
                .findFirst().orElseThrow();
        assertThat(failed.get("detail").asText()).contains("404");
        assertThat(interchange.count(eventId, "CONSUMED", "orders")).isZero();
    }
}
