package io.interchange.web.health;

import io.interchange.platform.persistence.StoreReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a committed message has waited in the outbox longer than
 * {@code interchange.outbox.stuck-after-seconds}: messages are accepted but do not reach their
 * queues (broker away, relay stopped). Reports the oldest row's age either way.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    // Its own persistence context, not the platform's Outbox bean: Payara's health servlet is no
    // application component, and a library bean first created from it keeps a null one for good.
    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "interchange.outbox.stuck-after-seconds", defaultValue = "60")
    long stuckAfterSeconds;

    @Override
    public HealthCheckResponse call() {
        AtomicLong age = new AtomicLong();
        HealthCheckResponse read = StoreReadiness.of("outbox", () -> {
            Optional<Instant> oldest = em.createQuery("select o.createdAt from OutboxMessage o order by o.createdAt",
                    Instant.class).setMaxResults(1).getResultList().stream().findFirst();
            age.set(oldest.map(at -> Duration.between(at, Instant.now()).toSeconds()).orElse(0L));
            return age;
        });
        if (read.getStatus() == HealthCheckResponse.Status.DOWN) {
            return read;
        }
        return HealthCheckResponse.named("outbox").status(age.get() <= stuckAfterSeconds)
                .withData("oldestAgeSeconds", age.get()).withData("stuckAfterSeconds", stuckAfterSeconds).build();
    }
}
