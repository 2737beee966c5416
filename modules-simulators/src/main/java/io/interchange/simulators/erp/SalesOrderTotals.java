package io.interchange.simulators.erp;

import io.interchange.simulators.VatRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A sales order's totals. The ERP computes them like the shop does: VAT of the ship-to
 * country on the Item lines, other lines (a shipping charge) untaxed, rounded to cents. A
 * {@code totalAmountIncludingTax} sent by the client wins (the tax is then the difference).
 */
public record SalesOrderTotals(BigDecimal excludingTax, BigDecimal tax, BigDecimal includingTax) {

    public static SalesOrderTotals of(List<SalesOrderLine> lines, String shipToCountry, BigDecimal givenTotal) {
        BigDecimal excluding = cents(lines.stream().map(SalesOrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal items = lines.stream().filter(SalesOrderLine::item).map(SalesOrderLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = cents(items.multiply(VatRates.of(shipToCountry)));
        if (givenTotal != null) {
            BigDecimal including = cents(givenTotal);
            return new SalesOrderTotals(excluding, including.subtract(excluding), including);
        }
        return new SalesOrderTotals(excluding, tax, excluding.add(tax));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
