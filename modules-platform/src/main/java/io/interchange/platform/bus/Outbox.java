package io.interchange.platform.bus;

import io.interchange.platform.cluster.ServerName;
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
import java.util.ArrayList;
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
 * <p>
 * Each row names the server whose relay sends it ({@code RELAY_BY}): the one that wrote it. Another
 * server's relay sends it only once that server is gone, and only after claiming it ({@link #claim}).
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

    @Inject
    ServerName server;

    /** Writes the message in the caller's transaction; this server's relay sends it once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String queue, Envelope message, Duration delay) {
        OutboxMessage row = new OutboxMessage(queue, message, delay, Instant.now(), server.value());
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

    /**
     * Rows the relay of {@code me} was never told about: its own written before {@code leftOver}
     * (before a crash, or their send failed), and those written before {@code takeOver} that no
     * server present relays (a server gone, or rows older than {@code RELAY_BY}), oldest first.
     *
     * @param present the servers alive, {@code me} among them
     */
    @Transactional
    public List<OutboxMessage> leftovers(String me, Set<String> present, Instant leftOver, Instant takeOver,
            Set<String> excluding, int limit) {
        return em.createQuery("select o from OutboxMessage o where o.createdAt < :leftOver and (o.relayBy = :me"
                        + " or ((o.relayBy is null or o.relayBy not in :present) and o.createdAt < :takeOver))"
                        + " order by o.createdAt", OutboxMessage.class)
                .setParameter("leftOver", leftOver).setParameter("me", me).setParameter("present", present)
                .setParameter("takeOver", takeOver).setMaxResults(limit + excluding.size())
                .getResultList().stream().filter(o -> !excluding.contains(o.id())).limit(limit).toList();
    }

    /**
     * The rows {@code me} may send: its own, and those of others it could claim, each claimed only if
     * it still names the server it was read with; of two servers claiming a row, one gets it.
     * Committed before the sends, so no other server sends them meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> claim(List<OutboxMessage> rows, String me) {
        List<OutboxMessage> mine = new ArrayList<>(rows.size());
        for (OutboxMessage row : rows) {
            if (me.equals(row.relayBy()) || claimed(row, me)) {
                mine.add(row);
            }
        }
        return mine;
    }

    private boolean claimed(OutboxMessage row, String me) {
        var claim = row.relayBy() == null
                ? em.createQuery("update OutboxMessage o set o.relayBy = :me where o.id = :id and o.relayBy is null")
                : em.createQuery("update OutboxMessage o set o.relayBy = :me where o.id = :id and o.relayBy = :was")
                        .setParameter("was", row.relayBy());
        return claim.setParameter("me", me).setParameter("id", row.id()).executeUpdate() == 1;
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
