package io.interchange.platform.systems;

import io.interchange.platform.delivery.TransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** What deliveries ask of the systems registry: may this system be called now, and how did the call go. */
@ApplicationScoped
public class Systems {

    private final BreakerCount breaker = new BreakerCount();

    @Inject
    SystemSettings settings;

    @Inject
    StatusChanges changes;

    /**
     * True unless the system is known and not online (an unknown or absent system is never held
     * back): offline, broken, in maintenance, or in one of its catalog's recurring maintenance windows.
     */
    public boolean isOnline(String system) {
        if (!settings.isKnown(system)) {
            return true;
        }
        return state(system) == SystemState.ONLINE;
    }

    public SystemState state(String system) {
        Instant now = Instant.now();
        SystemState state = changes.find(system).map(s -> s.stateAt(now)).orElse(SystemState.ONLINE);
        return state == SystemState.ONLINE && settings.inMaintenanceWindow(system, now) ? SystemState.MAINTENANCE : state;
    }

    /** Counts a failure that says the system is unwell; the one that reaches the threshold opens the breaker. */
    public void failed(TransientFailure failure) {
        String system = failure.system();
        if (!failure.systemUnhealthy() || !settings.isKnown(system)) {
            return;
        }
        int threshold = settings.breakerFailures(system);
        if (breaker.failed(system, threshold)) {
            changes.breakIfOnline(system, threshold + " consecutive failures, the last: " + failure.getMessage());
        }
    }

    public void succeeded(String system) {
        if (system != null) {
            breaker.succeeded(system);
        }
    }

    public int consecutiveFailures(String system) {
        return breaker.count(system);
    }

    /** After the system is back (probe, operator): counting starts again from zero. */
    public void reset(String system) {
        breaker.succeeded(system);
    }
}
