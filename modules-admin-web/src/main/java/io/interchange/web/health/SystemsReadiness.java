package io.interchange.web.health;

import io.interchange.platform.systems.SystemWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Makes sure the system watch (draining parked messages, probing broken systems) runs once the
 * server is up, even before the first message arrives after a restart. It has to be started
 * from a request: a library bean created at deployment time gets no container resources
 * (platform-notes). Readiness is polled by the run script and by every monitor, so it is that request.
 */
@Readiness
@ApplicationScoped
public class SystemsReadiness implements HealthCheck {

    @Inject
    SystemWatch watch;

    @Override
    public HealthCheckResponse call() {
        try {
            watch.ensureStarted();
            return HealthCheckResponse.up("system-watch");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("system-watch").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
