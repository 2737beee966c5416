package io.interchange.platform.alerts;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Raises, resolves, acknowledges and lists alerts: one alert per incident.
 *
 * <p>{@link #raise} commits in a transaction of its own; it never throws, so that an alert can never
 * undo the recording of a failure. Two messages failing at the same moment in the same group cannot
 * both create an alert: the database keeps one active alert per incident (a unique key), and the
 * raise that lost the race asks again and counts its occurrence on the winner's. Within a server a
 * lock keeps the raises of one moment from racing at all: a burst of failures of one group is common,
 * and each lost race costs a failed insert.
 */
@ApplicationScoped
public class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
    private static final Object RAISING = new Object();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AlertStore store;

    @Inject
    AuditTrail audit;

    /** Application metrics: {@code interchange_alert_occurrences_total{kind=...}} at {@code /metrics}. */
    @Inject
    MetricRegistry metrics;

    public void raise(AlertKind kind, String incidentKey, String title, String detail) {
        try {
            AlertStore.Raised raised;
            synchronized (RAISING) {
                raised = upsert(kind, incidentKey, title, detail);
            }
            if (raised.created()) {
                LOG.warning(() -> "alert " + raised.id() + " " + kind + " " + incidentKey + ": " + title);
            }
            metrics.counter("interchange.alert.occurrences", new Tag("kind", kind.name())).inc();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not raise the alert " + incidentKey, e);
        }
    }

    private AlertStore.Raised upsert(AlertKind kind, String incidentKey, String title, String detail) {
        try {
            return store.upsert(kind, incidentKey, title, detail);
        } catch (RuntimeException e) {
            LOG.fine(() -> "alert " + incidentKey + " asked again (another server created it just now?): " + e);
            return store.upsert(kind, incidentKey, title, detail);
        }
    }

    /** Resolves the active alert of an incident, if any, in the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void resolve(String incidentKey) {
        store.active(incidentKey).ifPresent(alert -> {
            alert.resolve(Instant.now());
            LOG.info(() -> "alert " + alert.id() + " " + incidentKey + " resolved");
        });
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Alert acknowledge(long id, String actor) {
        return acknowledge(id, actor, null);
    }

    /**
     * Someone is on it. Audited once, by the first acknowledgement; the note (may be null) is kept on
     * the alert and in the audit entry, after the incident key.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Alert acknowledge(long id, String actor, String note) {
        Alert alert = Optional.ofNullable(em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> OperationRefusedException.notFound("no alert " + id));
        AlertStatus before = alert.status();
        String said = note == null || note.isBlank() ? null : note.strip();
        alert.acknowledge(actor, Instant.now(), said);
        if (before != alert.status()) {
            audit.record(actor, AuditAction.ALERT_ACKNOWLEDGED, null, null, "alert " + id + ": " + before,
                    "alert " + id + ": " + alert.status(), said == null ? alert.incidentKey()
                            : alert.incidentKey() + ": " + said);
        }
        return alert;
    }

    public Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    /** Alerts in this status (all when null), newest occurrence first. */
    public List<Alert> list(AlertStatus status, int limit) {
        var query = em.createQuery("select a from Alert a" + (status == null ? "" : " where a.status = :s")
                + " order by a.lastAt desc, a.id desc", Alert.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
