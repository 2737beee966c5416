package io.interchange.platform.failure;

import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The store of failed messages. */
@ApplicationScoped
public class FailedMessages {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Journal journal;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Envelope message, String consumer, String reason) {
        em.persist(new FailedMessage(message, consumer, reason, Instant.now()));
        journal.record(message, Hop.FAILED, consumer, reason);
    }

    public List<FailedMessage> ofConsumer(String consumer) {
        return em.createQuery("select f from FailedMessage f where f.consumer = :c order by f.id", FailedMessage.class)
                .setParameter("c", consumer).getResultList();
    }

    public List<FailedMessage> ofMessage(String messageId) {
        return em.createQuery("select f from FailedMessage f where f.messageId = :m order by f.id", FailedMessage.class)
                .setParameter("m", messageId).getResultList();
    }
}
