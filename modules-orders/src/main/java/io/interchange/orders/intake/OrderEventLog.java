package io.interchange.orders.intake;

import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Records the order events the context has received; runs in the consumer's transaction. */
@ApplicationScoped
public class OrderEventLog {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    public void record(Envelope event) {
        em.persist(new ReceivedOrderEvent(event.id(), event.type(), event.correlationId(), Instant.now()));
    }
}
