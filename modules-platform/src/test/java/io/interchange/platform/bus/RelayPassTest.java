package io.interchange.platform.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.message.Envelope;
import jakarta.jms.JMSRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One message the broker refuses never holds back the others, and is set aside after a few tries. */
class RelayPassTest {

    private final List<String> onTheQueue = new ArrayList<>();

    /** A broker that refuses any message whose business key holds a NUL, as OpenMQ does. */
    private void broker(OutboxMessage row) {
        if (row.envelope().correlationId().contains("\u0000")) {
            throw new JMSRuntimeException("MQJMSRA_DS4001: newPosition > limit");
        }
        onTheQueue.add(row.envelope().correlationId());
    }

    @Test
    void aRefusedRowDoesNotStopTheRowsBehindIt() {
        OutboxMessage poison = row("p\u0000");
        OutboxMessage order = row("280074686");
        OutboxMessage another = row("280074687");

        RelayPass pass = RelayPass.over(List.of(poison, order, another), this::broker);

        assertThat(onTheQueue).containsExactly("280074686", "280074687");
        assertThat(pass.sent()).containsExactly(order.id(), another.id());
        assertThat(pass.refused()).extracting(r -> r.row().id()).containsExactly(poison.id());
        assertThat(pass.refused().get(0).cause()).hasMessageContaining("MQJMSRA_DS4001");
    }

    @Test
    void aRowRefusedAgainAndAgainIsSetAsideAtTheLimitWhileOthersFlow() {
        SendRefusals refusals = new SendRefusals(3);
        OutboxMessage poison = row("p\u0000");
        List<Boolean> setAside = new ArrayList<>();
        for (int sweep = 0; sweep < 3; sweep++) {
            OutboxMessage fresh = row("order-" + sweep);
            RelayPass pass = RelayPass.over(List.of(poison, fresh), this::broker);
            pass.refused().forEach(r -> setAside.add(refusals.refused(r.row().id())));
        }

        assertThat(setAside).containsExactly(false, false, true);
        assertThat(onTheQueue).containsExactly("order-0", "order-1", "order-2");
    }

    @Test
    void aRowSentAfterARefusalStartsAfresh() {
        SendRefusals refusals = new SendRefusals(2);
        assertThat(refusals.refused("row")).isFalse();
        refusals.forget("row");
        assertThat(refusals.refused("row")).isFalse();
        assertThat(refusals.refused("row")).isTrue();
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new SendRefusals(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private static OutboxMessage row(String orderId) {
        Envelope event = Envelope.original("evt-" + orderId.hashCode() + "-" + System.nanoTime(), "/ecp/shop-eu",
                "ecp.order.created", null, null, "{\"orderId\":\"x\"}", null).withCorrelationId(orderId);
        return new OutboxMessage("OrdersInbound", event, Duration.ZERO, Instant.now(), "server-a");
    }
}
