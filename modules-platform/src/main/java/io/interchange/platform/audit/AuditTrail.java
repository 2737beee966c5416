package io.interchange.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Writes audit entries in the caller's transaction and reads them back, newest first. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * @param failedMessageId the failed message acted on
     * @param messageId       the message id concerned (the failed one's, or for a resubmit the new one's)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, Long failedMessageId, String messageId, String before,
            String after, String note) {
        em.persist(new AuditEntry(Instant.now(), actor, action, failedMessageId, messageId, before, after, note));
    }

    public List<AuditEntry> latest(int limit) {
        return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }

    public List<AuditEntry> ofFailedMessage(long failedMessageId, int limit) {
        return em.createQuery("select a from AuditEntry a where a.failedMessageId = :id order by a.id desc",
                AuditEntry.class).setParameter("id", failedMessageId).setMaxResults(limit).getResultList();
    }
}
