package io.interchange.orders.sync;

import io.interchange.erp.api.ErpMessages.CancellationAnswered;
import io.interchange.orders.api.OrderMessages;
import io.interchange.orders.api.OrderMessages.CancellationRequested;
import io.interchange.orders.order.Order;
import io.interchange.orders.order.Orders;
import io.interchange.orders.shop.ShopClient;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/**
 * {@code ecp.order.cancelled}: ask the ERP connector to cancel the sales order; when it answers,
 * set the shop's status accordingly (CANCELLED, or back to what the ERP state says when the
 * order had already shipped).
 */
@ApplicationScoped
public class ShopCancellation {

    @Inject
    Orders orders;

    @Inject
    ShopClient shop;

    @Inject
    MessageBus bus;

    public void request(Envelope event) {
        String orderId = OrderPlacement.orderIdOf(event);
        Order order = orders.byEcpId(orderId).orElseThrow(() -> new PermanentFailure("ecp",
                "cancellation of order " + orderId + ", which Interchange never received"));
        order.cancellation("REQUESTED", Instant.now());
        bus.publish(OrderPlacement.SOURCE, OrderMessages.CANCELLATION_REQUESTED,
                new CancellationRequested(order.ecpOrderId(), order.number()), event);
    }

    public void answer(Envelope message) {
        CancellationAnswered answer = CanonicalJson.read(message.data(), CancellationAnswered.class);
        Order order = orders.byEcpId(answer.ecpOrderId()).orElseThrow(() -> new PermanentFailure("interchange",
                "no order " + answer.ecpOrderId() + " in the hub"));
        String status = answer.cancelled() ? "CANCELLED" : order.shopStatus();
        shop.status(order.ecpOrderId(), CanonicalJson.write(Map.of("status", status)));
        order.shopStatus(status);
        order.cancellation(answer.cancelled() ? "CANCELLED" : "REFUSED: " + answer.reason(), Instant.now());
    }
}
