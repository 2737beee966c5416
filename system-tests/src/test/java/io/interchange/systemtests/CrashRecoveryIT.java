package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The reliability promise under the harshest stop: the server is killed with SIGKILL right
 * after answering 202s for shop orders and 201s for paid registrations, while they are on their
 * way, and restarted. Every
 * accepted event is consumed exactly once and every order reaches the ERP exactly once: what a
 * transaction committed, including the messages it sent (the outbox), survives the crash; the
 * same holds for paid registrations in the middle of their fan-out, and for the catalog's CRM,
 * which every placed order fans out to beside the ERP.
 */
class CrashRecoveryIT extends DeployedPlatform {

    private static final int ORDERS = 20;
    private static final int REGISTRATIONS = 8;
    /**
     * On PostgreSQL the orders' crash is TwoServersIT's kill -9 of one server of two under load, and
     * the warehouse (an H2 database of the simulators, whatever Interchange's own database is) is left
     * out: that run kills the server with the registrations alone, for time.
     */
    private static final boolean WITH_ORDERS = !"postgresql".equals(System.getenv("INTERCHANGE_DB"));
    private final Simulators simulators = new Simulators();

    /** One kill for both flows: each restart of the server costs half a minute of the run. */
    @Test
    void everyAcceptedOrderAndPaidRegistrationCompletesExactlyOnceAfterKillMinus9() throws Exception {
        OrdersOnTheirWay orders = WITH_ORDERS ? placeOrdersWithAPollHoldingARow() : null;
        Registrations registrations = new Registrations(interchange, simulators);
        PaidRegistrations paid = PaidRegistrations.register(registrations, REGISTRATIONS);
        if (WITH_ORDERS) {
            // a poll (every 2 s) has read the drilled row and holds it uncommitted, for 8 s from then
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> json(interchange.get("/api/v1/operations/systems/warehouse/poll", Interchange.VIEWER_KEY)
                            .body()).at("/holding/upTo").asLong() >= orders.drilledShipment());
            assertThat(warehouseShipmentsInShop(orders.drilled())).as("not committed, not delivered yet").isZero();
        }

        ServerProcess.killAndRestart(interchange);
        if (WITH_ORDERS) {
            DomainConfig.remove(TablePollDrill.SETTING);
            simulators.warehouse("POST", "worker/resume", "{}");
            assertEachOrderReachedEverySystemOnce(orders);
        }
        paid.awaitComplete(registrations, Duration.ofSeconds(120));
        paid.assertEachFinishedItsThreeStepsOnce(registrations);
    }

    /** Shop orders answered 202 and on their way, and a shipment row a poll has read and holds uncommitted. */
    private record OrdersOnTheirWay(List<Simulators.PlacedOrder> accepted, Simulators.PlacedOrder drilled,
            long drilledShipment) {
    }

    /** Ends right after the drilled row's shipment is written: the kill must come within the poll's 8 s hold. */
    private OrdersOnTheirWay placeOrdersWithAPollHoldingARow() throws Exception {
        WarehouseFiles.dropIn(interchange);
        // a crash drill: one shipment row read by a poll that holds its transaction open 8 s before
        // committing (interchange.poll.commit-delay-ms), so that the kill falls in between
        simulators.warehouse("POST", "worker/pause", "{}");
        Simulators.PlacedOrder drilled = simulators.placeOrder();
        await().atMost(Duration.ofSeconds(60)).until(() -> !simulators.pickOrders(drilled.number()).isEmpty());
        DomainConfig.set(TablePollDrill.SETTING, "8000");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> interchange.get(
                "/api/v1/operations/systems/warehouse/poll", Interchange.VIEWER_KEY).body()
                .contains("\"commitDelayMs\":8000"));

        List<Simulators.PlacedOrder> accepted = simulators.placeOrders(ORDERS);
        assertThat(accepted).extracting(Simulators.PlacedOrder::intakeStatus).containsOnly(202);
        simulators.warehouse("POST", "shipments", "{\"orderId\":\"" + drilled.orderId() + "\"}");
        long drilledShipment = simulators.pickOrders(drilled.number()).get(0).path("shipments").get(0)
                .path("shipmentId").asLong();
        return new OrdersOnTheirWay(accepted, drilled, drilledShipment);
    }

    private void assertEachOrderReachedEverySystemOnce(OrdersOnTheirWay orders) throws Exception {
        List<Simulators.PlacedOrder> accepted = orders.accepted();
        for (Simulators.PlacedOrder order : accepted) {
            await().atMost(Duration.ofSeconds(120)).until(() -> simulators.salesOrders(order.number()).size() >= 1);
        }
        // the fan-out to the CRM committed with each placed order: no order's delivery missed
        for (Simulators.PlacedOrder order : accepted) {
            await().atMost(Duration.ofSeconds(60)).until(() -> crmHops(order, "DELIVERED") >= 1);
        }
        for (Simulators.PlacedOrder order : accepted) {
            await().atMost(Duration.ofSeconds(60)).until(() -> warehouseShipmentsInShop(order) >= 1);
        }
        // After a crash, the broker redelivers what was unacknowledged and the outbox relay sends
        // again what it may have sent already; nothing signals "all copies are in", so this waits
        // a bounded time for a wrong second effect.
        Thread.sleep(2000);
        for (Simulators.PlacedOrder order : accepted) {
            String id = order.eventId();
            assertThat(interchange.count(id, "RECEIVED", "intake")).as("receptions of %s", id).isEqualTo(1);
            assertThat(interchange.count(id, "CONSUMED", "orders")).as("consumptions of %s", id).isEqualTo(1);
            assertThat(simulators.salesOrders(order.number())).as("sales orders of %s", order.number()).hasSize(1);
        }
        for (Simulators.PlacedOrder order : accepted) {
            assertThat(crmHops(order, "ENQUEUED")).as("CRM deliveries of %s", order.orderId()).isEqualTo(1);
            assertThat(crmHops(order, "DELIVERED")).as("CRM deliveries of %s", order.orderId()).isEqualTo(1);
        }
        // the warehouse, reached through its database: picked once, and its shipment (a row read by
        // the poll, which restarted with the server) recorded in the shop once
        for (Simulators.PlacedOrder order : accepted) {
            assertThat(simulators.pickOrders(order.number())).as("pick orders of %s", order.number()).hasSize(1);
            assertThat(warehouseShipmentsInShop(order)).as("warehouse shipments of %s in the shop", order.orderId())
                    .isEqualTo(1);
        }
        // the row the killed poll held: read again after the restart, one event and one shop shipment
        Simulators.PlacedOrder drilled = orders.drilled();
        await().atMost(Duration.ofSeconds(60)).until(() -> warehouseShipmentsInShop(drilled) >= 1);
        assertThat(warehouseShipmentsInShop(drilled)).as("shop shipments of the drilled row").isEqualTo(1);
        assertThat(interchange.count("warehouse-shipment-" + orders.drilledShipment(), "RECEIVED", "intake"))
                .as("events of the drilled row: the killed poll recorded nothing").isEqualTo(1);
    }

    @AfterAll
    static void warehouseOutOfTheCatalog() throws Exception {
        if (WITH_ORDERS) {
            DomainConfig.removeIfSet(TablePollDrill.SETTING);
            new Simulators().warehouse("POST", "worker/resume", "{}");
        }
        WarehouseFiles.remove(new Interchange());
    }

    /** The crash drill's setting (docs/configuration.md). */
    private static final class TablePollDrill {
        static final String SETTING = "interchange.poll.commit-delay-ms";
    }

    private long warehouseShipmentsInShop(Simulators.PlacedOrder order) {
        return simulators.warehouseShipmentsInShop(order.orderId());
    }

    private long crmHops(Simulators.PlacedOrder order, String hop) {
        return interchange.timeline(order.orderId()).stream().filter(h -> hop.equals(h.path("hop").asText())
                && (h.path("actor").asText().equals("crm/upsert-contact")
                        || h.path("detail").asText().startsWith("crm/upsert-contact"))).count();
    }
}
