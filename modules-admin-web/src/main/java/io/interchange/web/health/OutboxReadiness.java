package io.interchange.web.health;

import io.interchange.platform.bus.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a committed message has waited in the outbox longer than
 * {@code interchange.outbox.stuck-after-seconds}: messages are accepted but do not reach their
 * queues (broker away, relay stopped). Reports the oldest row's age either way.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "interchange.outbox.stuck-after-seconds", defaultValue = "60")
    long stuckAfterSeconds;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("outbox");
        try {
            Optional<Instant> oldest = outbox.oldest();
            long age = oldest.map(at -> Duration.between(at, Instant.now()).toSeconds()).orElse(0L);
            return answer.status(age <= stuckAfterSeconds).withData("oldestAgeSeconds", age)
                    .withData("stuckAfterSeconds", stuckAfterSeconds).build();
        } catch (RuntimeException e) {
            return answer.down().withData("error", "the outbox could not be read").build();
        }
    }
}
