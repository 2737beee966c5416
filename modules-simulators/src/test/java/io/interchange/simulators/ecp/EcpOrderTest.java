package io.interchange.simulators.ecp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EcpOrderTest {

    private final EcpOrder cut = new OrderGenerator(new Random(1), Clock.systemUTC()).generate("1001", 1);

    @Test
    void every_change_raises_the_version_and_a_repeat_changes_nothing() {
        ErpReference reference = new ErpReference("5f0c-guid", "SO-000001");

        cut.assignErpReference(reference);
        cut.assignErpReference(reference);
        cut.changeStatus(OrderStatus.SHIPPED, Instant.now());
        cut.changeStatus(OrderStatus.SHIPPED, Instant.now());
        cut.addPayment("CAPTURED", "53.98", "EUR", "INV-000001", Instant.now());

        assertThat(cut.version()).isEqualTo(4);
        assertThat(cut.statusHistory()).extracting(StatusChange::status)
                .containsExactly(OrderStatus.AWAITING_FULFILLMENT, OrderStatus.SHIPPED);
    }

    @Test
    void a_second_different_erp_reference_is_a_conflict() {
        cut.assignErpReference(new ErpReference("a", "SO-000001"));

        assertThatThrownBy(() -> cut.assignErpReference(new ErpReference("b", "SO-000002")))
                .isInstanceOf(OrderConflict.class);
        assertThat(cut.erpReference().erpOrderId()).isEqualTo("a");
    }

    @Test
    void shipments_are_numbered_per_order() {
        Shipment shipment = cut.addShipment("DHL", "JD0001", "2026-11-21T10:00:00Z",
                List.of(new Shipment.Line("TSHIRT-M", 2)), Instant.now());

        assertThat(shipment.id()).isEqualTo("1001-s1");
        assertThat(cut.shipments()).containsExactly(shipment);
    }
}
