package io.interchange.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The writes of {@link Alerts}, each in a transaction of its own (see {@link Alerts#raise}). */
@ApplicationScoped
public class AlertStore {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Counts the occurrence on the incident's active alert, or creates it. When another server creates
     * it at the same moment, the unique {@code ACTIVE_KEY} refuses this one's: the flush fails and this
     * transaction rolls back ({@link Alerts#raise} then asks again, and finds it).
     *
     * @return the alert, and whether it is new
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Raised upsert(AlertKind kind, String incidentKey, String title, String detail) {
        Instant now = Instant.now();
        Alert existing = active(incidentKey).orElse(null);
        if (Alert.joins(existing)) {
            existing.occurred(detail, now);
            return new Raised(existing.id(), false);
        }
        Alert alert = new Alert(kind, incidentKey, title, detail, now);
        em.persist(alert);
        em.flush();
        return new Raised(alert.id(), true);
    }

    /** The active (OPEN or ACKNOWLEDGED) alert of an incident, locked; the newest if ever there were two. */
    public Optional<Alert> active(String incidentKey) {
        return em.createQuery("select a from Alert a where a.incidentKey = :k and a.status <> :resolved"
                        + " order by a.id desc", Alert.class)
                .setParameter("k", Alert.storedKey(incidentKey)).setParameter("resolved", AlertStatus.RESOLVED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    public record Raised(long id, boolean created) {
    }
}
