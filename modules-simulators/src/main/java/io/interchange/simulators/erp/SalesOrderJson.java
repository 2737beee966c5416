package io.interchange.simulators.erp;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A sales order in Business Central's JSON form: the posted fields plus the ERP's own. */
final class SalesOrderJson {

    private SalesOrderJson() {
    }

    static JsonObject of(SalesOrder order, boolean withShipments, boolean withPayments) {
        return order.read(o -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("@odata.etag", o.etag())
                    .add("id", o.id().toString())
                    .add("number", o.number());
            JsonObject posted = o.posted();
            posted.forEach(json::add);
            if (!posted.containsKey("orderDate")) {
                json.add("orderDate", LocalDate.ofInstant(o.lastModified(), ZoneOffset.UTC).toString());
            }
            if (!posted.containsKey("currencyCode")) {
                json.add("currencyCode", "EUR");
            }
            json.add("externalDocumentNumber", o.externalDocumentNumber())
                    .add("status", o.status().wire())
                    .add("totalAmountExcludingTax", o.totals().excludingTax())
                    .add("totalTaxAmount", o.totals().tax())
                    .add("totalAmountIncludingTax", o.totals().includingTax())
                    .add("lastModifiedDateTime", o.lastModified().toString());
            if (withShipments) {
                JsonArrayBuilder shipments = Json.createArrayBuilder();
                for (SalesShipment shipment : o.shipments()) {
                    JsonArrayBuilder lines = Json.createArrayBuilder();
                    for (SalesOrderLine line : shipment.lines()) {
                        JsonObjectBuilder shipped = Json.createObjectBuilder();
                        if (line.lineObjectNumber() != null) {
                            shipped.add("sku", line.lineObjectNumber()).add("lineObjectNumber", line.lineObjectNumber());
                        }
                        if (line.description() != null) {
                            shipped.add("description", line.description());
                        }
                        lines.add(shipped.add("quantity", number(line.quantity())));
                    }
                    shipments.add(Json.createObjectBuilder()
                            .add("carrier", shipment.carrier())
                            .add("trackingNumber", shipment.trackingNumber())
                            .add("shippedAt", shipment.shippedAt().toString())
                            .add("lines", lines));
                }
                json.add("shipments", shipments);
            }
            if (withPayments) {
                JsonArrayBuilder payments = Json.createArrayBuilder();
                for (CustomerPayment payment : o.payments()) {
                    payments.add(Json.createObjectBuilder()
                            .add("status", payment.status())
                            .add("amount", payment.amount().setScale(2, RoundingMode.HALF_UP).toPlainString())
                            .add("invoiceNumber", payment.invoiceNumber())
                            .add("paidAt", payment.paidAt().toString()));
                }
                json.add("payments", payments);
            }
            return json.build();
        });
    }

    /** A whole quantity as an integer (2, not 2.0), any other as a decimal. */
    private static jakarta.json.JsonNumber number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? Json.createValue(plain.longValueExact()) : Json.createValue(plain);
    }
}
