package io.interchange.simulators.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which waiting pick orders the worker ships in a round. */
class ShippingDelayTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final ShippingDelay cut = new ShippingDelay(Duration.ofSeconds(5));

    @Test
    void an_order_is_due_once_it_waited_the_delay() {
        assertThat(cut.due(new WaitingOrder("o1", NOW.minusSeconds(5)), NOW)).isTrue();
        assertThat(cut.due(new WaitingOrder("o1", NOW.minusSeconds(4)), NOW)).isFalse();
        assertThat(cut.due(new WaitingOrder("o1", NOW.plusSeconds(1)), NOW)).as("arrived after now").isFalse();
    }

    @Test
    void only_the_due_orders_are_shipped_in_the_order_given() {
        List<WaitingOrder> waiting = List.of(new WaitingOrder("old", NOW.minusSeconds(60)),
                new WaitingOrder("fresh", NOW.minusMillis(4_999)), new WaitingOrder("just-due", NOW.minusSeconds(5)));

        assertThat(cut.due(waiting, NOW)).containsExactly("old", "just-due");
    }

    @Test
    void without_a_delay_every_waiting_order_is_due() {
        assertThat(new ShippingDelay(Duration.ZERO).due(List.of(new WaitingOrder("o1", NOW)), NOW)).containsExactly("o1");
    }
}
