package io.interchange.orders.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.orders.api.CanonicalOrder;
import io.interchange.orders.api.OrderMessages;
import io.interchange.orders.api.OrderMessages.OrderPlaced;
import io.interchange.orders.order.Order;
import io.interchange.orders.order.Orders;
import io.interchange.orders.shop.ShopClient;
import io.interchange.orders.shop.ShopMapping;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * {@code ecp.order.created}: the event only names the order, so fetch it from the shop,
 * validate and store it as the canonical order, and ask the ERP connector to create it.
 * An order already in the hub (the shop sent a second event for it) is not placed twice.
 */
@ApplicationScoped
public class OrderPlacement {

    static final String SOURCE = "/interchange/orders";

    @Inject
    ShopClient shop;

    @Inject
    Orders orders;

    @Inject
    MessageBus bus;

    public void place(Envelope event) {
        String orderId = orderIdOf(event);
        if (orders.find(orderId).isPresent()) {
            return;
        }
        CanonicalOrder order = ShopMapping.toCanonical(shop.order(orderId));
        orders.add(new Order(order, Instant.now()));
        bus.publish(SOURCE, OrderMessages.ORDER_PLACED, new OrderPlaced(order), event);
    }

    static String orderIdOf(Envelope event) {
        JsonNode data;
        try {
            data = CanonicalJson.mapper().readTree(event.data());
        } catch (Exception e) {
            throw new PermanentFailure("ecp", "the event's data is not JSON");
        }
        String orderId = data.path("orderId").asText("");
        if (orderId.isBlank()) {
            throw new PermanentFailure("ecp", "the event's data has no orderId");
        }
        return orderId;
    }
}
