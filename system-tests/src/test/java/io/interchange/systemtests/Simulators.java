package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The simulated systems (shop, ERP, CRM, webhook, ...), driven and inspected through their admin API. */
public class Simulators {

    final String baseUrl = System.getProperty("simulators.url", "http://localhost:28090");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A shop order the simulator created and announced to Interchange. */
    public record PlacedOrder(String orderId, String number, String eventId, int intakeStatus) {
    }

    /** Places orders in the shop; the shop sends a signed {@code ecp.order.created} for each. */
    public List<PlacedOrder> placeOrders(int count) {
        JsonNode answer = json(call("POST", "/sim/ecp/orders", "{\"count\":" + count + "}").body());
        List<PlacedOrder> orders = new ArrayList<>();
        for (JsonNode o : answer.get("orders")) {
            orders.add(new PlacedOrder(o.get("orderId").asText(), o.get("number").asText(), o.get("eventId").asText(),
                    o.path("intakeStatus").asInt()));
        }
        return orders;
    }

    /** Places orders with the given lines ({@code [{"sku","quantity"}]}, SKUs the shop may not sell). */
    public List<PlacedOrder> placeOrders(int count, String lines) {
        JsonNode answer = json(call("POST", "/sim/ecp/orders", "{\"count\":" + count + ",\"lines\":" + lines + "}").body());
        List<PlacedOrder> orders = new ArrayList<>();
        for (JsonNode o : answer.get("orders")) {
            orders.add(new PlacedOrder(o.get("orderId").asText(), o.get("number").asText(), o.get("eventId").asText(),
                    o.path("intakeStatus").asInt()));
        }
        return orders;
    }

    public PlacedOrder placeOrder() {
        return placeOrders(1).get(0);
    }

    /** Places one order under a number the shop may have used already (a shop after a reset). */
    public PlacedOrder placeOrderNumbered(String number) {
        JsonNode o = json(call("POST", "/sim/ecp/orders", "{\"count\":1,\"number\":\"" + number + "\"}").body())
                .get("orders").get(0);
        return new PlacedOrder(o.get("orderId").asText(), o.get("number").asText(), o.get("eventId").asText(),
                o.path("intakeStatus").asInt());
    }

    /** The shop's view of an order: erpReference, payments, shipments, status. */
    public JsonNode shopOrder(String orderId) {
        return json(call("GET", "/sim/ecp/orders/" + orderId, null).body());
    }

    public void resendCreated(String orderId) {
        call("POST", "/sim/ecp/orders/" + orderId + "/resend-created", "{}");
    }

    public void cancelInShop(String orderId) {
        call("POST", "/sim/ecp/orders/" + orderId + "/cancel", "{}");
    }

    /** Every ERP sales order with this external document number (the shop's order number). */
    public List<JsonNode> salesOrders(String number) {
        JsonNode answer = json(call("GET", "/sim/erp/salesorders?externalDocumentNumber=" + number, null).body());
        List<JsonNode> list = new ArrayList<>();
        (answer.isArray() ? answer : answer.path("value")).forEach(list::add);
        return list;
    }

    /** Moves the sales order one step (Released, Shipped, Invoiced); the ERP notifies Interchange. */
    public void advance(String salesOrderId) {
        call("POST", "/sim/erp/salesorders/" + salesOrderId + "/advance", "{}");
    }

    /** The ERP sends a change notification again without changing anything (a late duplicate). */
    public void notifyAgain(String salesOrderId) {
        call("POST", "/sim/erp/salesorders/" + salesOrderId + "/notify", "{}");
    }

    /**
     * The simulated CRM's contacts, oldest first: each with {@code id}, {@code email}, {@code name},
     * {@code lastOrder}, {@code updates} (effective writes) and {@code requests} (upserts received,
     * idempotent replays included).
     */
    public JsonNode crmContacts() {
        return json(call("GET", "/sim/crm/contacts", null).body());
    }

    /**
     * What the shipment notifications webhook received:
     * {@code {"requests": n, "received": [{"idempotencyKey", "body", "receivedAt"}]}}, where
     * {@code requests} counts duplicates (answered 409) too.
     */
    public JsonNode notifications() {
        return json(call("GET", "/sim/notifications/received", null).body());
    }

    /**
     * The simulated legacy warehouse's tables: {@code pickOrders, pickLines, shipments,
     * pickOrdersPerOrderNumberMax, databaseRunning, workerPaused, shipmentTableRenamed}.
     */
    public JsonNode warehouse() {
        return json(call("GET", "/sim/warehouse/summary", null).body());
    }

    /** The warehouse's pick orders of one shop order number, each with its lines and shipments. */
    public List<JsonNode> pickOrders(String orderNumber) {
        List<JsonNode> list = new ArrayList<>();
        json(call("GET", "/sim/warehouse/pick-orders?orderNumber=" + java.net.URLEncoder.encode(orderNumber,
                java.nio.charset.StandardCharsets.UTF_8), null).body()).forEach(list::add);
        return list;
    }

    /** The shipments the warehouse made that the shop recorded on an order (tracking numbers WH…). */
    public long warehouseShipmentsInShop(String orderId) {
        long count = 0;
        for (JsonNode shipment : shopOrder(orderId).path("shipments")) {
            count += shipment.path("trackingNumber").asText().startsWith("WH") ? 1 : 0;
        }
        return count;
    }

    /** Drives the warehouse: {@code database/stop}, {@code database/start}, {@code worker/pause}, ... */
    public void warehouse(String method, String action, String body) {
        call(method, "/sim/warehouse/" + action, body);
    }

    /** Sets a system's faults ({@code ecp}, {@code erp}, ..., {@code crm}, {@code notifications}). */
    public void fault(String system, String json) {
        call("PUT", "/sim/faults/" + system, json);
    }

    public void clearFaults() {
        call("DELETE", "/sim/faults", null);
    }

    HttpResponse<String> call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
