package io.interchange.platform.bus;

import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The transactional outbox: a message sent inside a business transaction is a row in the same
 * database, committed or rolled back with the business effect, never a JMS send in that
 * transaction. The relay puts committed rows on their queues and deletes them afterwards, so a
 * crash can repeat a send (consumers skip duplicates, see the ledger) but never lose one.
 * <p>
 * Why not a JMS send in the JTA transaction: the database is Payara's last agent, it commits
 * before the broker's prepared send; a kill -9 between the two lost the send (docs/reliability.md).
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** The consumer name under which a message the broker refused is recorded as failed. */
    public static final String RELAY = "outbox-relay";

    @Inject
    OutboxRelay relay;

    @Inject
    FailedMessages failedMessages;

    /** Writes the message in the caller's transaction; the relay sends it once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String queue, Envelope message, Duration delay) {
        OutboxMessage row = new OutboxMessage(queue, message, delay, Instant.now());
        em.persist(row);
        ContainerResources.transactions().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.relaySoon(row);
                }
            }
        });
    }

    /** Rows the relay was never told about: written before a crash, or whose send failed. */
    @Transactional
    public List<OutboxMessage> leftovers(Instant createdBefore, Set<String> excluding, int limit) {
        return em.createQuery("select o from OutboxMessage o where o.createdAt < :before order by o.createdAt",
                OutboxMessage.class).setParameter("before", createdBefore).setMaxResults(limit + excluding.size())
                .getResultList().stream().filter(o -> !excluding.contains(o.id())).limit(limit).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(Collection<String> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxMessage o where o.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * Takes a row the broker keeps refusing out of the outbox and into the errors queue, where an
     * operator sees it, fixes it and resubmits it; one transaction, so it is in exactly one of them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void setAside(OutboxMessage row, String reason) {
        int deleted = em.createQuery("delete from OutboxMessage o where o.id = :id")
                .setParameter("id", row.id()).executeUpdate();
        if (deleted == 1) {
            failedMessages.record(row.envelope(), RELAY, row.queue(), null, reason);
        }
    }

    /** Messages committed but not yet on their queue. */
    public long backlog() {
        return em.createQuery("select count(o) from OutboxMessage o", Long.class).getSingleResult();
    }
}
