package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.systemtests.Simulators.PlacedOrder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A legacy warehouse reached only through its database (runtime/catalog/warehouse.yaml, a
 * simulated H2 server of its own, dropped into the catalog with shop-fulfilment.yaml as an operator
 * adds a system, no redeploy): every placed order lands in its PICK_ORDER / PICK_LINE tables
 * once, each SHIPMENT row its staff record becomes one event and one shipment in the shop
 * (runtime/catalog/shop-fulfilment.yaml); its database away parks its messages without spending
 * retries while the ERP goes on; a constraint violation is a permanent failure with its SQL state,
 * fixed and resubmitted once; values are data, never SQL; a poll query that fails marks the system
 * broken with an alert and no hot loop.
 */
class WarehouseIT extends DeployedPlatform {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final String SYSTEMS = "/api/v1/operations/systems";
    private static final String PICK = "warehouse/pick-order";
    private static final String SHIP = "shop-fulfilment/record-shipment";

    private final Simulators simulators = new Simulators();

    @BeforeEach
    void warehouseInTheCatalog() throws IOException {
        WarehouseFiles.dropIn(interchange);
    }

    @AfterAll
    static void warehouseOutOfTheCatalog() throws IOException {
        WarehouseFiles.remove(new Interchange());
    }

    @AfterEach
    void leaveTheWarehouseAsFound() {
        simulators.warehouse("DELETE", "faults/shipment-table-renamed", null);
        simulators.warehouse("POST", "database/start", "{}");
        simulators.warehouse("POST", "worker/resume", "{}");
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> "ONLINE".equals(status("warehouse")));
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> system("warehouse").path("parked").asLong() == 0);
    }

    @Test
    void everyPlacedOrderLandsInTheWarehouseOnceAndItsShipmentReachesTheShopOnce() {
        String evil = "Q'" + Interchange.newId().substring(0, 8) + "; DROP TABLE PICK_ORDER; -- /* :orderId */";
        List<PlacedOrder> orders = new java.util.ArrayList<>(simulators.placeOrders(3));
        orders.add(simulators.placeOrderNumbered(evil));

        for (PlacedOrder order : orders) {
            JsonNode shopOrder = simulators.shopOrder(order.orderId());
            JsonNode picked = await().atMost(FLOW).pollInterval(Duration.ofMillis(500))
                    .until(() -> pickOrders(order), list -> !list.isEmpty()).get(0);
            assertThat(picked.path("orderId").asText()).isEqualTo(order.orderId());
            assertThat(picked.path("lines")).hasSize(shopOrder.path("lines").size());
            // shipped by the warehouse's staff a few seconds later, read by the poll, posted to the shop
            await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> warehouseShipmentsInShop(order) == 1);
        }
        assertThat(pickOrders(orders.get(3)).get(0).path("orderNumber").asText()).as("a value is data, not SQL")
                .isEqualTo(evil);
        for (PlacedOrder order : orders) {
            assertThat(pickOrders(order)).as("pick orders of %s", order.number()).hasSize(1);
            assertThat(delivered(order, PICK)).isEqualTo(1);
            JsonNode shipment = pickOrders(order).get(0).path("shipments").get(0);
            String tracking = shipment.path("trackingNumber").asText();
            assertThat(shopShipments(order)).as("the shop's shipments of %s", order.orderId())
                    .filteredOn(s -> tracking.equals(s.path("trackingNumber").asText())).hasSize(1);
            String eventId = "warehouse-shipment-" + shipment.path("shipmentId").asText();
            assertThat(interchange.count(eventId, "RECEIVED", "intake")).isEqualTo(1);
        }
        assertThat(simulators.warehouse().path("pickOrdersPerOrderNumberMax").asInt()).isEqualTo(1);
        assertThat(orders).allSatisfy(order -> assertThat(warehouseShipments(order)).isEqualTo(1));
    }

    @Test
    void aDatabaseOperationCalledThroughTheFacadeAnswersWhatItDidAndAppliesOnce() {
        String id = "FACADE-" + Interchange.newId().substring(0, 8);
        String body = "{\"order\":{\"ecpOrderId\":\"" + id + "\",\"number\":\"" + id + "\","
                + "\"customer\":{\"firstName\":\"Ada\",\"lastName\":\"O'Hara\"},"
                + "\"lines\":[{\"sku\":\"MUG-CLASSIC\",\"quantity\":2}]}}";

        HttpResponse<String> applied = interchange.call("POST", "/api/v1/systems/warehouse/operations/pick-order",
                OPS_KEY, body);

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json(applied.body()).path("rowsAffected").asInt()).isEqualTo(2);
        assertThat(simulators.pickOrders(id)).singleElement()
                .satisfies(p -> assertThat(p.path("customerName").asText()).isEqualTo("Ada O'Hara"));
        HttpResponse<String> invalid = interchange.call("POST", "/api/v1/systems/warehouse/operations/pick-order",
                OPS_KEY, "{\"order\":{\"ecpOrderId\":\"x\",\"number\":\"x\",\"lines\":[]}}");
        assertThat(invalid.statusCode()).as("the operation's input schema").isEqualTo(400);
        assertThat(simulators.pickOrders("x")).isEmpty();
    }

    @Test
    void aShipmentReadTwiceIsStillOneEventAndOneShopShipment() {
        PlacedOrder order = simulators.placeOrder();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> warehouseShipmentsInShop(order) == 1);
        long shipmentId = pickOrders(order).get(0).path("shipments").get(0).path("shipmentId").asLong();
        JsonNode position = json(interchange.get(SYSTEMS + "/warehouse/poll", VIEWER_KEY).body());
        assertThat(position.path("watermark").asLong()).isGreaterThanOrEqualTo(shipmentId);

        HttpResponse<String> viewer = interchange.call("PUT", SYSTEMS + "/warehouse/poll", VIEWER_KEY,
                "{\"watermark\":0,\"reason\":\"x\"}");
        assertThat(viewer.statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = interchange.call("PUT", SYSTEMS + "/warehouse/poll", OPS_KEY, "{\"watermark\":0}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("/reason");
        HttpResponse<String> rewound = interchange.call("PUT", SYSTEMS + "/warehouse/poll", OPS_KEY,
                "{\"watermark\":" + (shipmentId - 1) + ",\"reason\":\"read the last shipment again\"}");
        assertThat(rewound.statusCode()).as(rewound.body()).isEqualTo(200);

        // read again: the watermark passes the row a second time, the intake keeps its event once
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> json(interchange.get(
                SYSTEMS + "/warehouse/poll", VIEWER_KEY).body()).path("watermark").asLong() >= shipmentId);
        String eventId = "warehouse-shipment-" + shipmentId;
        assertThat(interchange.count(eventId, "RECEIVED", "intake")).isEqualTo(1);
        assertThat(delivered(order, SHIP)).isEqualTo(1);
        assertThat(warehouseShipmentsInShop(order)).isEqualTo(1);
        assertThat(interchange.get("/api/v1/operations/audit?limit=20", VIEWER_KEY).body())
                .contains("POLL_WATERMARK_SET").contains("read the last shipment again");
        assertThat(interchange.get(SYSTEMS + "/crm/poll", VIEWER_KEY).statusCode()).as("an HTTP system has no poll")
                .isEqualTo(404);
    }

    @Test
    void theWarehouseDatabaseAwayParksItsMessagesWithoutSpendingRetriesWhileTheErpGoesOn() {
        simulators.warehouse("POST", "database/stop", "{}");
        // the next poll finds it away and takes it out; the probe keeps it out while it is
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> "BROKEN".equals(status("warehouse")));

        List<PlacedOrder> orders = simulators.placeOrders(3);
        for (PlacedOrder order : orders) {
            await().atMost(FLOW).until(() -> !simulators.salesOrders(order.number()).isEmpty());
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> hops(order, "PARKED", PICK) == 1);
        }
        for (PlacedOrder order : orders) {
            assertThat(hops(order, "ATTEMPT_FAILED", PICK)).as("no retry spent").isZero();
        }

        simulators.warehouse("POST", "database/start", "{}");
        for (PlacedOrder order : orders) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> delivered(order, PICK) == 1);
        }
        for (PlacedOrder order : orders) {
            assertThat(pickOrders(order)).as("exactly once").hasSize(1);
            assertThat(simulators.salesOrders(order.number())).hasSize(1);
        }
    }

    @Test
    void aConstraintViolationKeepsItsSqlStateAndTheFixedMessageLandsOnce() {
        String sku = "NO-SUCH-SKU-" + Interchange.newId().substring(0, 6);
        PlacedOrder order = simulators.placeOrders(1, "[{\"sku\":\"" + sku + "\",\"quantity\":2,\"unitPrice\":\"9.99\"}]").get(0);

        JsonNode failure = await().atMost(FLOW).pollInterval(Duration.ofMillis(500))
                .until(() -> failed(order.orderId()), Optional::isPresent).get();
        assertThat(failure.path("reason").asText()).contains("SQL state 23506").contains("PICK_LINE")
                .doesNotContain("SQL statement");
        assertThat(pickOrders(order)).as("nothing half-written").isEmpty();

        String base = "/api/v1/operations/failed/" + failure.path("id").asLong();
        JsonNode payload = json(interchange.get(base, OPS_KEY).body()).path("payload");
        String fixed = payload.toString().replace(sku, "TSHIRT-M");
        HttpResponse<String> edited = interchange.call("PUT", base + "/payload", OPS_KEY, fixed);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        HttpResponse<String> resubmitted = interchange.call("POST", base + "/resubmit", OPS_KEY,
                "{\"note\":\"unknown SKU replaced\"}");
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);

        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> pickOrders(order).size() == 1);
        assertThat(pickOrders(order).get(0).path("lines").get(0).path("sku").asText()).isEqualTo("TSHIRT-M");
    }

    @Test
    void aPollQueryThatFailsMarksTheSystemBrokenWithAnAlertAndNoHotLoop() throws Exception {
        simulators.warehouse("POST", "faults/shipment-table-renamed", "{}");

        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> "BROKEN".equals(status("warehouse")));
        JsonNode broken = system("warehouse");
        assertThat(broken.path("reason").asText()).contains("poll").contains("SQL state 42");
        assertThat(interchange.get("/api/v1/operations/alerts?status=OPEN", VIEWER_KEY).body())
                .contains("SYSTEM_BROKEN").contains("warehouse");
        // the probe keeps trying the poll query (every probeSeconds), the poll does not run meanwhile
        // checked all along, for more than one probe interval (5 s): no flapping back to online
        String since = broken.path("since").asText();
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12)).pollInterval(Duration.ofMillis(500))
                .until(() -> "BROKEN".equals(status("warehouse")) && since.equals(system("warehouse").path("since").asText()));

        simulators.warehouse("DELETE", "faults/shipment-table-renamed", null);
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> "ONLINE".equals(status("warehouse")));
        PlacedOrder order = simulators.placeOrder();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> warehouseShipmentsInShop(order) == 1);
    }

    private List<JsonNode> pickOrders(PlacedOrder order) {
        return simulators.pickOrders(order.number()).stream()
                .filter(p -> order.orderId().equals(p.path("orderId").asText())).toList();
    }

    private int warehouseShipments(PlacedOrder order) {
        List<JsonNode> picked = pickOrders(order);
        return picked.isEmpty() ? 0 : picked.get(0).path("shipments").size();
    }

    private List<JsonNode> shopShipments(PlacedOrder order) {
        return StreamSupport.stream(simulators.shopOrder(order.orderId()).path("shipments").spliterator(), false).toList();
    }

    private long warehouseShipmentsInShop(PlacedOrder order) {
        return simulators.warehouseShipmentsInShop(order.orderId());
    }

    private long delivered(PlacedOrder order, String consumer) {
        return hops(order, "DELIVERED", consumer);
    }

    private long hops(PlacedOrder order, String hop, String actor) {
        return interchange.hops(order.orderId(), hop, actor);
    }

    private Optional<JsonNode> failed(String businessKey) {
        HttpResponse<String> response = interchange.get("/api/v1/operations/failed?status=OPEN&businessKey=" + businessKey,
                OPS_KEY);
        return StreamSupport.stream(json(response.body()).path("failed").spliterator(), false)
                .filter(f -> PICK.equals(f.path("consumer").asText())).findFirst();
    }

    private String status(String name) {
        return system(name).path("status").asText();
    }

    private JsonNode system(String name) {
        return json(interchange.get(SYSTEMS + "/" + name, VIEWER_KEY).body());
    }
}
