package io.interchange.orders.api;

/** The messages the orders context takes and sends, by type. */
public final class OrderMessages {

    /** The shop: an order was created (data: {@code orderId}). */
    public static final String SHOP_ORDER_CREATED = "ecp.order.created";
    /** The shop: an order was cancelled (data: {@code orderId}). */
    public static final String SHOP_ORDER_CANCELLED = "ecp.order.cancelled";
    public static final String ORDER_PLACED = "interchange.order.placed";
    public static final String CANCELLATION_REQUESTED = "interchange.order.cancellation-requested";

    private OrderMessages() {
    }

    /** The shop's order was fetched, validated and stored: create it in the ERP. */
    public record OrderPlaced(CanonicalOrder order) {
    }

    /** The customer cancelled in the shop: cancel the sales order unless it has shipped. */
    public record CancellationRequested(String ecpOrderId, String ecpOrderNumber) {
    }
}
