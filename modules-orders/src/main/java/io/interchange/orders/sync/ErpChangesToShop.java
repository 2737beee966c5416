package io.interchange.orders.sync;

import io.interchange.erp.api.ErpMessages.ErpOrderChanged;
import io.interchange.erp.api.ErpMessages.Payment;
import io.interchange.erp.api.ErpMessages.Shipment;
import io.interchange.orders.order.Order;
import io.interchange.orders.order.Orders;
import io.interchange.orders.shop.ShopClient;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies an ERP state snapshot to the shop, only if it is newer than the last one applied:
 * each payment and each shipment is sent once (with an {@code Idempotency-Key} derived from
 * the ERP's own identifiers, so a retried call has no second effect), then the status.
 */
@ApplicationScoped
public class ErpChangesToShop {

    @Inject
    Orders orders;

    @Inject
    ShopClient shop;

    @Inject
    Journal journal;

    public void apply(Envelope message) {
        ErpOrderChanged change = CanonicalJson.read(message.data(), ErpOrderChanged.class);
        Order order = orders.byNumber(change.ecpOrderNumber()).orElseThrow(() -> new PermanentFailure("interchange",
                "no order with number " + change.ecpOrderNumber() + " in the hub"));
        if (!order.isOlderThan(change.lastModified())) {
            journal.record(message, Hop.DUPLICATE_IGNORED, "orders", "stale ERP state of " + change.lastModified()
                    + "; already applied " + order.lastErpModified());
            return;
        }
        for (Payment payment : change.payments() == null ? List.<Payment>of() : change.payments()) {
            String key = "payment-" + change.erpOrderId() + "-" + payment.invoiceNumber();
            if ("Paid".equalsIgnoreCase(payment.status()) && !order.paymentSent(key)) {
                shop.payment(order.ecpOrderId(), key, CanonicalJson.write(Map.of("status", "CAPTURED",
                        "amount", payment.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                        "currency", change.currency() == null ? order.canonical().currency() : change.currency(),
                        "reference", payment.invoiceNumber())));
                order.recordPayment(key);
            }
        }
        for (Shipment shipment : change.shipments() == null ? List.<Shipment>of() : change.shipments()) {
            String key = "shipment-" + change.erpOrderId() + "-" + shipment.trackingNumber();
            if (!order.shipmentSent(key)) {
                shop.shipment(order.ecpOrderId(), key, CanonicalJson.write(shipmentBody(shipment)));
                order.recordShipment(key);
            }
        }
        String shopStatus = ShopStatus.of(change.status());
        if (shopStatus != null && !shopStatus.equals(order.shopStatus())) {
            shop.status(order.ecpOrderId(), CanonicalJson.write(Map.of("status", shopStatus)));
            order.shopStatus(shopStatus);
        }
        order.applied(change.status(), change.lastModified(), Instant.now());
    }

    private static Map<String, Object> shipmentBody(Shipment shipment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("carrier", shipment.carrier());
        body.put("trackingNumber", shipment.trackingNumber());
        body.put("shippedAt", shipment.shippedAt() == null ? null : shipment.shippedAt().toString());
        body.put("lines", shipment.lines() == null ? List.of() : shipment.lines().stream()
                .map(l -> Map.of("sku", l.sku(), "quantity", l.quantity().intValue())).toList());
        return body;
    }
}
