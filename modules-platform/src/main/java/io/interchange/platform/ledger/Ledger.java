package io.interchange.platform.ledger;

import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Gives a consumer "exactly-once effect" over an at-least-once bus: the effect and the ledger
 * entry commit together, and a message already in the ledger is skipped.
 */
@ApplicationScoped
public class Ledger {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Journal journal;

    /**
     * Runs {@code effect} unless {@code consumer} has already handled this message, in a
     * transaction of its own: when the effect fails, its writes and sends roll back while the
     * caller's transaction records what happens next (a retry message, a failure).
     *
     * @return true if the effect ran, false if the message was a duplicate
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handleOnce(String consumer, Envelope message, Consumer<Envelope> effect) {
        if (em.find(ProcessedMessage.class, new ProcessedMessage.Key(consumer, message.id())) != null) {
            journal.record(message, Hop.DUPLICATE_IGNORED, consumer, "already handled");
            return false;
        }
        effect.accept(message);
        em.persist(new ProcessedMessage(consumer, message.id(), Instant.now()));
        journal.record(message, Hop.CONSUMED, consumer, null);
        // Flush now so a concurrent duplicate fails here, inside onMessage, and is redelivered
        // with a counted attempt; a failure at commit time would loop uncounted.
        em.flush();
        return true;
    }

    public boolean hasHandled(String consumer, String messageId) {
        return em.find(ProcessedMessage.class, new ProcessedMessage.Key(consumer, messageId)) != null;
    }
}
