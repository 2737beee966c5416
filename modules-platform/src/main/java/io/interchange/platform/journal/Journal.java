package io.interchange.platform.journal;

import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Records the hops of messages, in the caller's transaction, and reads timelines back. */
@ApplicationScoped
public class Journal {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Envelope message, Hop hop, String actor, String detail) {
        record(message, hop, actor, detail, Instant.now());
    }

    /** A hop at a time the caller also wrote elsewhere (e.g. a parked row's), so that both orders agree. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Envelope message, Hop hop, String actor, String detail, Instant at) {
        em.persist(new JournalEntry(message.id(), message.correlationId(), message.type(), hop, actor, detail, at));
    }

    /** Records a hop in its own transaction: for failures, whose own transaction is rolling back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Envelope message, Hop hop, String actor, String detail) {
        record(message, hop, actor, detail);
    }

    public List<JournalEntry> timelineOfMessage(String messageId) {
        return em.createQuery("select j from JournalEntry j where j.messageId = :id order by j.at, j.id",
                JournalEntry.class).setParameter("id", messageId).getResultList();
    }

    /** The hops of one kind of a message, oldest first (e.g. every failed attempt). */
    public List<JournalEntry> hopsOfMessage(String messageId, Hop hop) {
        return em.createQuery("select j from JournalEntry j where j.messageId = :id and j.hop = :hop"
                + " order by j.at, j.id", JournalEntry.class)
                .setParameter("id", messageId).setParameter("hop", hop).getResultList();
    }

    public List<JournalEntry> timelineOfBusinessKey(String correlationId) {
        return em.createQuery("select j from JournalEntry j where j.correlationId = :key order by j.at, j.id",
                JournalEntry.class).setParameter("key", correlationId).getResultList();
    }

    public List<JournalEntry> latest(int limit) {
        return em.createQuery("select j from JournalEntry j order by j.id desc", JournalEntry.class)
                .setMaxResults(limit).getResultList();
    }

    public long count(Hop hop) {
        return em.createQuery("select count(j) from JournalEntry j where j.hop = :hop", Long.class)
                .setParameter("hop", hop).getSingleResult();
    }
}
