package io.interchange.orders.api;

import io.interchange.platform.contract.MessageContract;
import java.util.Set;

/** The orders context on the bus: the shop's order events and the ERP connector's answers come to its queue. */
public final class OrdersContract implements MessageContract {

    public static final String QUEUE = "OrdersInbound";

    @Override
    public String queue() {
        return QUEUE;
    }

    /** The ERP connector's answers by name: its api package reads this one, so this one cannot read it. */
    @Override
    public Set<String> consumes() {
        return Set.of(OrderMessages.SHOP_ORDER_CREATED, OrderMessages.SHOP_ORDER_CANCELLED,
                "interchange.salesorder.linked", "interchange.erp.order.changed",
                "interchange.order.cancellation-answered");
    }

    @Override
    public Set<String> owns() {
        return Set.of(OrderMessages.SHOP_ORDER_CREATED, OrderMessages.SHOP_ORDER_CANCELLED,
                OrderMessages.ORDER_PLACED, OrderMessages.CANCELLATION_REQUESTED);
    }
}
