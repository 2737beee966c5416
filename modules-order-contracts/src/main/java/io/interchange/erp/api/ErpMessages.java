package io.interchange.erp.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The messages the ERP connector takes and sends, by type. */
public final class ErpMessages {

    /** The ERP: a sales order changed (data: {@code salesOrderId}). */
    public static final String ERP_SALES_ORDER_CHANGED = "erp.salesorder.changed";
    public static final String SALES_ORDER_LINKED = "interchange.salesorder.linked";
    public static final String ERP_ORDER_CHANGED = "interchange.erp.order.changed";
    public static final String CANCELLATION_ANSWERED = "interchange.order.cancellation-answered";

    private ErpMessages() {
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

    /** What the ERP made of a cancellation request. */
    public record CancellationAnswered(String ecpOrderId, String ecpOrderNumber, boolean cancelled, String reason) {
    }
}
