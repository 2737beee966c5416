package io.interchange.orders.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as Interchange understands it, independent of any shop's or ERP's format. */
public record CanonicalOrder(
        String ecpOrderId,
        String number,
        String status,
        Instant createdAt,
        String currency,
        Customer customer,
        Address billingAddress,
        Address shippingAddress,
        List<Line> lines,
        Totals totals,
        long version) {

    public record Customer(String id, String email, String firstName, String lastName) {
    }

    public record Address(String name, String line1, String line2, String city, String postalCode, String country) {
    }

    public record Line(String lineId, String sku, String name, int quantity, BigDecimal unitPrice) {
    }

    public record Totals(BigDecimal subtotal, BigDecimal shipping, BigDecimal tax, BigDecimal grandTotal) {
    }
}
