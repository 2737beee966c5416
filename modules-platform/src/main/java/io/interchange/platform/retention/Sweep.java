package io.interchange.platform.retention;

import io.interchange.platform.alerts.AlertStatus;
import io.interchange.platform.failure.FailureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * One batch of removals per call, each in a transaction of its own: the oldest rows first (by id,
 * which follows time), at most {@code limit} of them, so no call holds locks for long.
 */
@ApplicationScoped
public class Sweep {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** Journal entries older than the cutoff, except the stories of open failed messages. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int journal(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("select e.id from JournalEntry e where e.at < :cutoff and not exists"
                        + " (select f.id from FailedMessage f where f.message.correlationId = e.correlationId"
                        + " and (f.status = :open or f.status is null)) order by e.id", Long.class)
                .setParameter("cutoff", cutoff).setParameter("open", FailureStatus.OPEN)
                .setMaxResults(limit).getResultList();
        return remove("JournalEntry", ids);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int inboundEvents(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("select e.id from InboundEvent e where e.receivedAt < :cutoff order by e.id",
                        Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        return remove("InboundEvent", ids);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int ledger(Instant cutoff, int limit) {
        List<Object[]> keys = em.createQuery("select p.consumer, p.messageId from ProcessedMessage p"
                        + " where p.processedAt < :cutoff", Object[].class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        int removed = 0;
        for (Object[] key : keys) {
            removed += em.createQuery("delete from ProcessedMessage p where p.consumer = :consumer"
                            + " and p.messageId = :messageId")
                    .setParameter("consumer", key[0]).setParameter("messageId", key[1]).executeUpdate();
        }
        return removed;
    }

    /** Failed messages resubmitted or discarded before the cutoff; open ones are never removed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int closedFailures(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("select f.id from FailedMessage f where f.status in :closed"
                        + " and f.resolvedAt < :cutoff order by f.id", Long.class)
                .setParameter("closed", List.of(FailureStatus.RESUBMITTED, FailureStatus.DISCARDED))
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        return remove("FailedMessage", ids);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int resolvedAlerts(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("select a.id from Alert a where a.status = :resolved"
                        + " and a.resolvedAt < :cutoff order by a.id", Long.class)
                .setParameter("resolved", AlertStatus.RESOLVED).setParameter("cutoff", cutoff)
                .setMaxResults(limit).getResultList();
        return remove("Alert", ids);
    }

    private int remove(String entity, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from " + entity + " x where x.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
