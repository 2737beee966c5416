package io.interchange.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** How many alerts are open (not yet acknowledged or resolved), for the console's overview. */
@ApplicationScoped
public class OpenAlerts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public long count() {
        return em.createQuery("select count(a) from Alert a where a.status = :open", Long.class)
                .setParameter("open", AlertStatus.OPEN).getSingleResult();
    }
}
