package io.interchange.simulators.ecp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.simulators.VatRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderGeneratorTest {

    private final OrderGenerator cut = new OrderGenerator(new Random(42),
            Clock.fixed(Instant.parse("2026-11-21T09:59:58.123Z"), ZoneOffset.UTC));

    @Test
    void the_contract_example_adds_up() {
        List<OrderLine> lines = List.of(new OrderLine("1", "TSHIRT-M", "T-shirt M", 2, Money.of("19.95")));

        OrderTotals totals = OrderTotals.of(lines, Money.of("4.90"), VatRates.of("PT"));

        assertThat(totals.subtotal()).hasToString("39.90");
        assertThat(totals.shipping()).hasToString("4.90");
        assertThat(totals.tax()).hasToString("9.18");
        assertThat(totals.grandTotal()).hasToString("53.98");
    }

    @Test
    void generated_orders_have_consistent_totals_with_two_decimals() {
        for (int i = 0; i < 500; i++) {
            EcpOrder order = cut.generate(Integer.toString(1001 + i), 0);
            OrderTotals totals = order.totals();

            Money subtotal = order.lines().stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
            assertThat(totals.subtotal()).isEqualTo(subtotal);
            assertThat(totals.grandTotal().amount())
                    .isEqualByComparingTo(totals.subtotal().amount().add(totals.shipping().amount())
                            .add(totals.tax().amount()));
            assertThat(totals.tax().amount()).isEqualByComparingTo(subtotal.amount()
                    .multiply(VatRates.of(order.shippingAddress().country())).setScale(2, java.math.RoundingMode.HALF_UP));
            for (Money money : List.of(totals.subtotal(), totals.shipping(), totals.tax(), totals.grandTotal())) {
                assertThat(Money.isWireFormat(money.toString())).as(money.toString()).isTrue();
            }
            assertThat(order.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
            assertThat(order.lines()).allSatisfy(line -> assertThat(line.quantity()).isPositive());
        }
    }

    @Test
    void shipping_is_free_from_one_hundred() {
        EcpOrder small = cut.generate("1001", List.of(new LineRequest("MUG-CLASSIC", null, 1, null)));
        EcpOrder large = cut.generate("1002", List.of(new LineRequest("JACKET-RAIN", null, 2, null)));

        assertThat(small.totals().shipping()).hasToString("4.90");
        assertThat(large.totals().shipping()).hasToString("0.00");
    }

    @Test
    void an_order_is_numbered_after_its_id_with_a_complete_customer_and_addresses() {
        EcpOrder order = cut.generate("1001", 2);

        assertThat(order.number()).isEqualTo("EU-1001");
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-21T09:59:58Z"));
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.customer().email()).matches("[a-z]+\\.[a-z]+\\d+@example\\.com");
        assertThat(order.shippingAddress().name()).isEqualTo(order.customer().fullName());
        assertThat(VatRates.of(order.shippingAddress().country())).isGreaterThan(BigDecimal.ZERO);
        assertThat(order.lines()).hasSize(2).extracting(OrderLine::lineId).containsExactly("1", "2");
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_FULFILLMENT);
        assertThat(order.version()).isEqualTo(1);
    }

    @Test
    void requested_lines_are_used_as_asked() {
        EcpOrder order = cut.generate("1001", List.of(
                new LineRequest("TSHIRT-M", null, 2, null),
                new LineRequest("CUSTOM-1", "Custom print", 1, "10.00")));

        assertThat(order.lines()).extracting(OrderLine::sku, OrderLine::name, OrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TSHIRT-M", "T-shirt M", 2),
                        org.assertj.core.groups.Tuple.tuple("CUSTOM-1", "Custom print", 1));
        assertThat(order.totals().subtotal()).hasToString("49.90");
    }

    @Test
    void an_unknown_sku_needs_a_price() {
        assertThatThrownBy(() -> cut.generate("1001", List.of(new LineRequest("NOPE", null, 1, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unitPrice");
    }
}
