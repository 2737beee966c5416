package io.interchange.simulators.erp;

import java.math.BigDecimal;

/** A sales order line as posted: type ("Item", or e.g. "Account" for a shipping charge), item, amounts. */
public record SalesOrderLine(String lineType, String lineObjectNumber, String description, BigDecimal quantity,
        BigDecimal unitPrice) {

    public boolean item() {
        return lineType == null || "Item".equalsIgnoreCase(lineType);
    }

    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
}
