package io.interchange.platform.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FanoutTest {

    private static final Envelope PLACED = Envelope.original("evt-1", "/interchange/orders", "interchange.order.placed",
            null, Instant.parse("2026-12-05T10:00:00Z"), "{\"order\":{}}", "280074686");

    @Test
    void aDeliveryIsTheMessageAddressedToOneSubscriptionUnderAnIdOfItsOwn() {
        Envelope delivery = Fanout.deliveryOf(PLACED, "crm", "contacts", "upsert-contact");

        assertThat(delivery.id()).isNotEqualTo(PLACED.id());
        assertThat(delivery.targetSystem()).isEqualTo("crm");
        assertThat(delivery.operation()).isEqualTo("upsert-contact");
        assertThat(delivery.causationId()).isEqualTo("evt-1");
        assertThat(delivery.correlationId()).isEqualTo("280074686");
        assertThat(delivery.data()).isEqualTo(PLACED.data());
        assertThat(delivery.deliveryKind()).isEqualTo(DeliveryKind.ORIGINAL);
    }

    @Test
    void theSameMessageAndSubscriptionGiveTheSameIdSoTheLedgerSeesARepeatAsADuplicate() {
        assertThat(Fanout.deliveryOf(PLACED, "crm", "contacts", "upsert-contact").id())
                .isEqualTo(Fanout.deliveryOf(PLACED, "crm", "contacts", "upsert-contact").id());
        assertThat(Fanout.deliveryOf(PLACED, "crm", "contacts", "upsert-contact").id())
                .as("another subscription of the same system").isNotEqualTo(
                        Fanout.deliveryOf(PLACED, "crm", "vip-contacts", "upsert-contact").id());
    }
}
