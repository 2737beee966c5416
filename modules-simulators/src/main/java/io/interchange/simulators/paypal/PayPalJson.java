package io.interchange.simulators.paypal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON forms of an order: PayPal's (Orders v2) and the admin API's. Neither holds a card number. */
final class PayPalJson {

    private PayPalJson() {
    }

    /** {@code POST} and {@code GET /v2/checkout/orders/{id}}: a completed order with its capture. */
    static JsonObject order(CheckoutOrder order, String ordersUrl) {
        String time = order.createdAt().toString();
        // A built object, not a builder: a builder added twice is empty the second time.
        JsonObject amount = Json.createObjectBuilder()
                .add("currency_code", order.currency())
                .add("value", order.value())
                .build();
        String self = ordersUrl + "/" + order.id();
        return Json.createObjectBuilder()
                .add("id", order.id())
                .add("intent", "CAPTURE")
                .add("status", order.status().name())
                .add("payment_source", Json.createObjectBuilder().add("card", Json.createObjectBuilder()
                        .add("last_digits", order.card().lastDigits())
                        .add("brand", order.card().brand())
                        .add("type", "CREDIT")))
                .add("purchase_units", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("reference_id", order.referenceId())
                        .add("amount", amount)
                        .add("payments", Json.createObjectBuilder().add("captures", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", order.captureId())
                                        .add("status", "COMPLETED")
                                        .add("amount", amount)
                                        .add("final_capture", true)
                                        .add("seller_protection",
                                                Json.createObjectBuilder().add("status", "NOT_ELIGIBLE"))
                                        .add("create_time", time)
                                        .add("update_time", time))))))
                .add("create_time", time)
                .add("update_time", time)
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("href", self).add("rel", "self").add("method", "GET")))
                .build();
    }

    /** {@code GET /sim/paypal/orders}: what a test asserts on. */
    static JsonObject admin(CheckoutOrder order) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", order.id())
                .add("status", order.status().name())
                .add("referenceId", order.referenceId())
                .add("amount", order.value())
                .add("currency", order.currency())
                .add("requestId", order.requestId());
        if (order.captureId() == null) {
            json.addNull("captureId");
        } else {
            json.add("captureId", order.captureId());
        }
        return json
                .add("cardLast4", order.card().lastDigits())
                .add("cardBrand", order.card().brand())
                .add("replays", order.replays())
                .add("createdAt", order.createdAt().toString())
                .build();
    }
}
