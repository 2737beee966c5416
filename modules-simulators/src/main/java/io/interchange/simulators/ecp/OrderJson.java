package io.interchange.simulators.ecp;

import io.interchange.simulators.intake.IntakeSend;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The JSON forms of orders: the API's (exactly) and the admin API's full state. */
final class OrderJson {

    private OrderJson() {
    }

    /** {@code GET /ecp/orders/{id}}: the shape fixed by the contract, nothing more. */
    static JsonObject contract(EcpOrder order) {
        return order.read(OrderJson::contractOf);
    }

    private static JsonObject contractOf(EcpOrder o) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (OrderLine line : o.lines()) {
            lines.add(Json.createObjectBuilder()
                    .add("lineId", line.lineId())
                    .add("sku", line.sku())
                    .add("name", line.name())
                    .add("quantity", line.quantity())
                    .add("unitPrice", line.unitPrice().toString()));
        }
        OrderTotals totals = o.totals();
        return Json.createObjectBuilder()
                .add("id", o.id())
                .add("number", o.number())
                .add("status", o.status().name())
                .add("createdAt", o.createdAt().toString())
                .add("currency", o.currency())
                .add("customer", Json.createObjectBuilder()
                        .add("id", o.customer().id())
                        .add("email", o.customer().email())
                        .add("firstName", o.customer().firstName())
                        .add("lastName", o.customer().lastName()))
                .add("billingAddress", address(o.billingAddress()))
                .add("shippingAddress", address(o.shippingAddress()))
                .add("lines", lines)
                .add("totals", Json.createObjectBuilder()
                        .add("subtotal", totals.subtotal().toString())
                        .add("shipping", totals.shipping().toString())
                        .add("tax", totals.tax().toString())
                        .add("grandTotal", totals.grandTotal().toString()))
                .add("version", o.version())
                .build();
    }

    /** {@code GET /sim/ecp/orders/{id}}: the order plus everything written back and sent. */
    static JsonObject state(EcpOrder order, List<IntakeSend> sends) {
        return order.read(o -> {
            JsonObjectBuilder state = Json.createObjectBuilder(contractOf(o));
            ErpReference reference = o.erpReference();
            if (reference == null) {
                state.addNull("erpReference");
            } else {
                state.add("erpReference", erpReference(reference));
            }
            JsonArrayBuilder payments = Json.createArrayBuilder();
            o.payments().forEach(p -> payments.add(payment(p)));
            JsonArrayBuilder shipments = Json.createArrayBuilder();
            o.shipments().forEach(s -> shipments.add(shipment(s)));
            JsonArrayBuilder history = Json.createArrayBuilder();
            o.statusHistory().forEach(c -> history.add(Json.createObjectBuilder()
                    .add("status", c.status().name()).add("at", c.at().toString())));
            JsonArrayBuilder events = Json.createArrayBuilder();
            sends.forEach(s -> events.add(s.toJson()));
            state.add("payments", payments)
                    .add("shipments", shipments)
                    .add("statusHistory", history)
                    .add("cancelRequested", o.cancelRequestedAt() != null)
                    .add("idempotencyReplays", o.idempotencyReplays())
                    .add("createdEventId", o.createdEvent() == null ? "" : o.createdEvent().id())
                    .add("events", events);
            if (o.cancelRequestedAt() != null) {
                state.add("cancelRequestedAt", o.cancelRequestedAt().toString());
            }
            return state.build();
        });
    }

    static JsonObject erpReference(ErpReference reference) {
        return Json.createObjectBuilder()
                .add("erpOrderId", reference.erpOrderId())
                .add("erpOrderNumber", reference.erpOrderNumber())
                .build();
    }

    static JsonObject payment(Payment payment) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", payment.id())
                .add("status", payment.status())
                .add("amount", payment.amount())
                .add("currency", payment.currency());
        if (payment.reference() == null) {
            json.addNull("reference");
        } else {
            json.add("reference", payment.reference());
        }
        return json.add("recordedAt", payment.recordedAt().toString()).build();
    }

    static JsonObject shipment(Shipment shipment) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        shipment.lines().forEach(l -> lines.add(Json.createObjectBuilder().add("sku", l.sku()).add("quantity", l.quantity())));
        return Json.createObjectBuilder()
                .add("id", shipment.id())
                .add("carrier", shipment.carrier())
                .add("trackingNumber", shipment.trackingNumber())
                .add("shippedAt", shipment.shippedAt())
                .add("lines", lines)
                .add("recordedAt", shipment.recordedAt().toString())
                .build();
    }

    private static JsonObjectBuilder address(Address a) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", a.name())
                .add("line1", a.line1());
        if (a.line2() == null) {
            json.addNull("line2");
        } else {
            json.add("line2", a.line2());
        }
        return json.add("city", a.city()).add("postalCode", a.postalCode()).add("country", a.country());
    }
}
