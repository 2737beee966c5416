package io.interchange.platform.alerts;

import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The alerts page by page, newest occurrence first, in one status or all; and acknowledging one with a note. */
@ApplicationScoped
public class AlertBoard {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Alerts alerts;

    /** @param status null for all */
    public long count(AlertStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(a) from Alert a"
                + (status == null ? "" : " where a.status = :s"), Long.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getSingleResult();
    }

    /** @param status null for all */
    public List<AlertView> page(AlertStatus status, int first, int size) {
        TypedQuery<Alert> query = em.createQuery("select a from Alert a"
                + (status == null ? "" : " where a.status = :s") + " order by a.lastAt desc, a.id desc", Alert.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList().stream().map(AlertView::of).toList();
    }

    public Optional<AlertView> one(long id) {
        return alerts.find(id).map(AlertView::of);
    }

    /**
     * Acknowledges with a note saying who is on it (the API's acknowledgement predates notes and
     * may go without one; a person in the console may not).
     *
     * @throws OperationRefusedException invalid at {@code /note} without a note; not found; conflict if resolved
     */
    public AlertView acknowledge(long id, String actor, String note) {
        if (note == null || note.isBlank()) {
            throw OperationRefusedException.invalid("/note", "an acknowledgement needs a note");
        }
        return AlertView.of(alerts.acknowledge(id, actor, note));
    }
}
