package io.interchange.erp.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.erp.api.ErpMessages.ErpOrderChanged;
import io.interchange.erp.api.ErpMessages.Payment;
import io.interchange.erp.api.ErpMessages.Shipment;
import io.interchange.erp.api.ErpMessages.ShippedLine;
import io.interchange.orders.api.CanonicalOrder;
import io.interchange.platform.delivery.PermanentFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical order to ERP sales order, and ERP sales order to the canonical change snapshot.
 * The shop's order number travels as {@code externalDocumentNumber}: it is what makes
 * creation idempotent.
 */
public final class SalesOrderMapping {

    /** The ERP takes unit prices as JSON numbers (written from BigDecimal, exactly), unlike the bus's money strings. */
    private static final com.fasterxml.jackson.databind.ObjectMapper ERP_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    static final String SHIPPING_ACCOUNT = "SHIPPING";

    private SalesOrderMapping() {
    }

    public static String toJson(Map<String, Object> salesOrder) {
        try {
            return ERP_JSON.writeValueAsString(salesOrder);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> toSalesOrder(CanonicalOrder order) {
        if (order.lines() == null || order.lines().isEmpty()) {
            throw new PermanentFailure(ErpClient.SYSTEM, "order " + order.number() + " has no lines to sell");
        }
        CanonicalOrder.Address shipTo = order.shippingAddress();
        Map<String, Object> salesOrder = new LinkedHashMap<>();
        salesOrder.put("externalDocumentNumber", order.number());
        salesOrder.put("orderDate", LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC).toString());
        salesOrder.put("currencyCode", order.currency());
        salesOrder.put("customerEmail", order.customer().email());
        salesOrder.put("customerName", order.customer().firstName() + " " + order.customer().lastName());
        salesOrder.put("shipToName", shipTo.name());
        salesOrder.put("shipToAddressLine1", shipTo.line1());
        if (shipTo.line2() != null) {
            salesOrder.put("shipToAddressLine2", shipTo.line2());
        }
        salesOrder.put("shipToCity", shipTo.city());
        salesOrder.put("shipToPostCode", shipTo.postalCode());
        salesOrder.put("shipToCountry", shipTo.country());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (CanonicalOrder.Line line : order.lines()) {
            Map<String, Object> erpLine = new LinkedHashMap<>();
            erpLine.put("lineType", "Item");
            erpLine.put("lineObjectNumber", line.sku());
            erpLine.put("description", line.name());
            erpLine.put("quantity", line.quantity());
            erpLine.put("unitPrice", line.unitPrice()); // the ERP's API takes a JSON number here
            lines.add(erpLine);
        }
        BigDecimal shipping = order.totals() == null ? null : order.totals().shipping();
        if (shipping != null && shipping.signum() > 0) {
            // Shipping is charged in the ERP too, else its invoice (and the payment the shop
            // is told about) would fall short of the shop's grand total.
            Map<String, Object> charge = new LinkedHashMap<>();
            charge.put("lineType", "Account");
            charge.put("lineObjectNumber", SHIPPING_ACCOUNT);
            charge.put("description", "Shipping");
            charge.put("quantity", 1);
            charge.put("unitPrice", shipping);
            lines.add(charge);
        }
        salesOrder.put("salesOrderLines", lines);
        return salesOrder;
    }

    public static ErpOrderChanged toChange(JsonNode salesOrder) {
        List<Shipment> shipments = new ArrayList<>();
        for (JsonNode s : salesOrder.path("shipments")) {
            List<ShippedLine> lines = new ArrayList<>();
            for (JsonNode l : s.path("lines")) {
                lines.add(new ShippedLine(l.path("sku").asText(l.path("lineObjectNumber").asText()),
                        new BigDecimal(l.path("quantity").asText("0"))));
            }
            shipments.add(new Shipment(s.path("carrier").asText(null), s.path("trackingNumber").asText(),
                    instant(s.path("shippedAt").asText(null)), lines));
        }
        List<Payment> payments = new ArrayList<>();
        for (JsonNode p : salesOrder.path("payments")) {
            payments.add(new Payment(p.path("status").asText(), new BigDecimal(p.path("amount").asText("0")),
                    p.path("invoiceNumber").asText(), instant(p.path("paidAt").asText(null))));
        }
        Instant modified = instant(salesOrder.path("lastModifiedDateTime").asText(null));
        if (modified == null) {
            throw new PermanentFailure(ErpClient.SYSTEM, "sales order " + salesOrder.path("id").asText()
                    + " has no lastModifiedDateTime");
        }
        return new ErpOrderChanged(salesOrder.path("id").asText(), salesOrder.path("number").asText(),
                salesOrder.path("externalDocumentNumber").asText(), salesOrder.path("status").asText(), modified,
                salesOrder.path("currencyCode").asText(null), shipments, payments);
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : java.time.OffsetDateTime.parse(value).toInstant();
    }
}
