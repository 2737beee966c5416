package io.interchange.platform.canonical;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The messages about an order that travel between the orders context and the ERP connector. */
public final class OrderMessages {

    public static final String ORDER_PLACED = "interchange.order.placed";
    public static final String SALES_ORDER_LINKED = "interchange.salesorder.linked";
    public static final String ERP_ORDER_CHANGED = "interchange.erp.order.changed";
    public static final String CANCELLATION_REQUESTED = "interchange.order.cancellation-requested";
    public static final String CANCELLATION_ANSWERED = "interchange.order.cancellation-answered";

    private OrderMessages() {
    }

    /** The shop's order was fetched, validated and stored: create it in the ERP. */
    public record OrderPlaced(CanonicalOrder order) {
    }

    /** The ERP holds the order as this sales order: tell the shop. */
    public record SalesOrderLinked(String ecpOrderId, String ecpOrderNumber, String erpOrderId, String erpOrderNumber) {
    }

    /** The current state of an ERP sales order, as of its last modification. */
    public record ErpOrderChanged(String erpOrderId, String erpOrderNumber, String ecpOrderNumber, String status,
            Instant lastModified, String currency, List<Shipment> shipments, List<Payment> payments) {
    }

    public record Shipment(String carrier, String trackingNumber, Instant shippedAt, List<ShippedLine> lines) {
    }

    public record ShippedLine(String sku, BigDecimal quantity) {
    }

    public record Payment(String status, BigDecimal amount, String invoiceNumber, Instant paidAt) {
    }

    /** The customer cancelled in the shop: cancel the sales order unless it has shipped. */
    public record CancellationRequested(String ecpOrderId, String ecpOrderNumber) {
    }

    /** What the ERP made of a cancellation request. */
    public record CancellationAnswered(String ecpOrderId, String ecpOrderNumber, boolean cancelled, String reason) {
    }
}
