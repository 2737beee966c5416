package io.interchange.simulators.ecp;

import java.math.BigDecimal;
import java.util.List;

/** An order's totals; always {@code grandTotal = subtotal + shipping + tax}. */
public record OrderTotals(Money subtotal, Money shipping, Money tax, Money grandTotal) {

    /** Totals of lines: tax is the VAT rate on the goods (the subtotal), not on shipping. */
    public static OrderTotals of(List<OrderLine> lines, Money shipping, BigDecimal vatRate) {
        Money subtotal = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        Money tax = subtotal.times(vatRate);
        return new OrderTotals(subtotal, shipping, tax, subtotal.plus(shipping).plus(tax));
    }
}
