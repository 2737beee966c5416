package io.interchange.web.health;

import io.interchange.platform.persistence.StoreReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the platform's database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        return StoreReadiness.of("database", () -> em.createNativeQuery("SELECT 1").getSingleResult());
    }
}
