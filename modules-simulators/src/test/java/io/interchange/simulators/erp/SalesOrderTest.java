package io.interchange.simulators.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SalesOrderTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final List<SalesOrderLine> lines = List.of(
            new SalesOrderLine("Item", "TSHIRT-M", "T-shirt M", new BigDecimal("2"), new BigDecimal("19.95")),
            new SalesOrderLine("Account", "SHIPPING", "Shipping", BigDecimal.ONE, new BigDecimal("4.90")));

    private final SalesOrder cut = new SalesOrder(UUID.randomUUID(), "SO-000001", "EU-1001",
            JsonValue.EMPTY_JSON_OBJECT, lines, SalesOrderTotals.of(lines, "PT", null), T0);

    @Test
    void totals_tax_the_item_lines_like_the_shop() {
        assertThat(cut.totals()).isEqualTo(new SalesOrderTotals(new BigDecimal("44.80"), new BigDecimal("9.18"),
                new BigDecimal("53.98")));
    }

    @Test
    void a_total_given_by_the_client_wins() {
        SalesOrderTotals totals = SalesOrderTotals.of(lines, "PT", new BigDecimal("60"));

        assertThat(totals.includingTax()).isEqualByComparingTo("60.00");
        assertThat(totals.tax()).isEqualByComparingTo("15.20");
    }

    @Test
    void advances_draft_released_shipped_invoiced_then_refuses() {
        assertThat(cut.advance(T0.plusSeconds(1), () -> "JD0000000001", () -> "INV-000001"))
                .isEqualTo(SalesOrderStatus.RELEASED);
        assertThat(cut.advance(T0.plusSeconds(2), () -> "JD0000000001", () -> "INV-000001"))
                .isEqualTo(SalesOrderStatus.SHIPPED);
        assertThat(cut.shipments()).singleElement().satisfies(s -> {
            assertThat(s.carrier()).isEqualTo("DHL");
            assertThat(s.lines()).extracting(SalesOrderLine::lineObjectNumber).containsExactly("TSHIRT-M");
        });
        assertThat(cut.advance(T0.plusSeconds(3), () -> "JD0000000001", () -> "INV-000001"))
                .isEqualTo(SalesOrderStatus.INVOICED);
        assertThat(cut.payments()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("Paid");
            assertThat(p.amount()).isEqualByComparingTo("53.98");
            assertThat(p.invoiceNumber()).isEqualTo("INV-000001");
        });
        assertThatThrownBy(() -> cut.advance(T0.plusSeconds(4), () -> "x", () -> "y"))
                .isInstanceOf(SalesOrderConflict.class);
    }

    @Test
    void every_change_moves_last_modified_strictly_forward_and_changes_the_etag() {
        String etag = cut.etag();

        cut.advance(T0, () -> "JD1", () -> "INV-1");

        assertThat(cut.lastModified()).isAfter(T0);
        assertThat(cut.etag()).isNotEqualTo(etag);
    }

    @Test
    void a_shipped_order_cannot_be_cancelled_a_draft_can_twice() {
        cut.cancel(T0.plusSeconds(1));
        cut.cancel(T0.plusSeconds(2));
        assertThat(cut.status()).isEqualTo(SalesOrderStatus.CANCELLED);

        SalesOrder shipped = new SalesOrder(UUID.randomUUID(), "SO-000002", "EU-1002", JsonValue.EMPTY_JSON_OBJECT,
                lines, SalesOrderTotals.of(lines, "PT", null), T0);
        shipped.advance(T0, () -> "JD1", () -> "INV-1");
        shipped.advance(T0, () -> "JD1", () -> "INV-1");
        assertThatThrownBy(() -> shipped.cancel(T0)).isInstanceOf(SalesOrderConflict.class);
    }
}
