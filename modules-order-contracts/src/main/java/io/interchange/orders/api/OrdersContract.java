package io.interchange.orders.api;

import io.interchange.platform.contract.BusinessKey;
import io.interchange.platform.contract.MessageContract;
import java.util.Map;
import java.util.Set;

/** The orders context on the bus: the shop's order events and the ERP connector's answers come to its queue. */
public final class OrdersContract implements MessageContract {

    public static final String QUEUE = "OrdersInbound";

    /**
     * The shop's order ids are digits ("1001"); letters, "-" and "_" are let in too (test and demo
     * ids). The key ends up in the URLs of calls to the shop.
     */
    private static final BusinessKey SHOP_ORDER_ID = new BusinessKey("orderId", "[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

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

    @Override
    public Map<String, BusinessKey> businessKeys() {
        return Map.of(OrderMessages.SHOP_ORDER_CREATED, SHOP_ORDER_ID, OrderMessages.SHOP_ORDER_CANCELLED, SHOP_ORDER_ID);
    }
}
