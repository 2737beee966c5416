package io.interchange.simulators.warehouse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** The admin API's JSON form of a pick order, its lines and its shipments. */
final class PickOrderJson {

    private PickOrderJson() {
    }

    static JsonObject of(PickOrder order) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        order.lines().forEach(line -> lines.add(Json.createObjectBuilder()
                .add("lineNo", line.lineNo())
                .add("sku", line.sku())
                .add("quantity", line.quantity())));
        JsonArrayBuilder shipments = Json.createArrayBuilder();
        order.shipments().forEach(shipment -> shipments.add(of(shipment)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("orderId", order.orderId())
                .add("orderNumber", order.orderNumber());
        text(json, "customerName", order.customerName());
        text(json, "shipTo", order.shipTo());
        text(json, "note", order.note());
        text(json, "receivedAt", order.receivedAt());
        return json.add("lines", lines).add("shipments", shipments).build();
    }

    static JsonObject of(Shipment shipment) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("shipmentId", shipment.shipmentId())
                .add("orderId", shipment.orderId())
                .add("carrier", shipment.carrier())
                .add("trackingNumber", shipment.trackingNumber());
        text(json, "shippedAt", shipment.shippedAt());
        return json.build();
    }

    private static void text(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
