package io.interchange.simulators.ecp;

import io.interchange.simulators.VatRates;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes realistic orders: a random shopper and address, random catalogue lines (or the lines
 * asked for), shipping free from 100.00, VAT of the shipping country on the goods, and totals
 * that add up.
 */
public final class OrderGenerator {

    static final Money FREE_SHIPPING_FROM = Money.of("100.00");
    static final Money SHIPPING = Money.of("4.90");

    private final RandomGenerator random;
    private final Clock clock;
    private final Shoppers shoppers;

    public OrderGenerator(RandomGenerator random, Clock clock) {
        this.random = random;
        this.clock = clock;
        this.shoppers = new Shoppers(random);
    }

    /** An order with {@code lineCount} random lines (1 to 4 when {@code lineCount} is 0). */
    public EcpOrder generate(String id, int lineCount) {
        int count = lineCount > 0 ? lineCount : random.nextInt(1, 5);
        List<OrderLine> lines = new ArrayList<>();
        for (Catalogue.Product product : Catalogue.pick(random, count)) {
            lines.add(new OrderLine(Integer.toString(lines.size() + 1), product.sku(), product.name(),
                    random.nextInt(1, 4), product.price()));
        }
        return order(id, lines);
    }

    /** An order with exactly the lines asked for. */
    public EcpOrder generate(String id, List<LineRequest> requested) {
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (LineRequest line : requested) {
            if (line.sku() == null || line.sku().isBlank()) {
                throw new IllegalArgumentException("every line needs a sku");
            }
            Catalogue.Product known = Catalogue.bySku(line.sku()).orElse(null);
            int quantity = line.quantity() == null ? 1 : line.quantity();
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity of " + line.sku() + " must be at least 1");
            }
            Money price;
            if (line.unitPrice() != null) {
                if (!Money.isWireFormat(line.unitPrice())) {
                    throw new IllegalArgumentException("unitPrice of " + line.sku() + " must look like \"19.95\"");
                }
                price = Money.of(line.unitPrice());
            } else if (known != null) {
                price = known.price();
            } else {
                throw new IllegalArgumentException("unitPrice is needed for " + line.sku() + " (not in the catalogue)");
            }
            String name = line.name() != null ? line.name() : known != null ? known.name() : line.sku();
            lines.add(new OrderLine(Integer.toString(lines.size() + 1), line.sku(), name, quantity, price));
        }
        return order(id, lines);
    }

    private EcpOrder order(String id, List<OrderLine> lines) {
        Customer customer = shoppers.customer();
        Address shipTo = shoppers.address(customer);
        Address billTo = random.nextInt(5) == 0 ? shoppers.address(customer) : shipTo;
        Money subtotal = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        Money shipping = subtotal.amount().compareTo(FREE_SHIPPING_FROM.amount()) >= 0 ? Money.ZERO : SHIPPING;
        OrderTotals totals = OrderTotals.of(lines, shipping, VatRates.of(shipTo.country()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new EcpOrder(id, "EU-" + id, now, "EUR", customer, billTo, shipTo, lines, totals);
    }
}
