package io.interchange.web.health;

import io.interchange.platform.persistence.StoreReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the platform's persistence unit can query its own tables, not merely reach the database. */
@Readiness
@ApplicationScoped
public class PlatformStoreReadiness implements HealthCheck {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        return StoreReadiness.of("platform-store", () -> em.createQuery("select s.system from SystemStatus s")
                .setMaxResults(1).getResultList());
    }
}
