package io.interchange.platform.systems;

import io.interchange.platform.cluster.BreakerCounts;
import io.interchange.platform.delivery.TransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What deliveries ask of the systems registry: may this system be called now, and how did the call go.
 * The breakers' counts are the cluster's ({@link BreakerCounts}): the failures of every server add up,
 * and a success on any resets them. Counting never fails a delivery: without the database a failure
 * goes uncounted.
 */
@ApplicationScoped
public class Systems {

    private static final Logger LOG = Logger.getLogger(Systems.class.getName());

    @Inject
    BreakerCounts breakers;

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

    /**
     * Counts a failure that says the system is unwell; the one that reaches the threshold (exactly
     * that one, of all servers) opens the breaker.
     */
    public void failed(TransientFailure failure) {
        String system = failure.system();
        if (!failure.systemUnhealthy() || !settings.isKnown(system)) {
            return;
        }
        int threshold = settings.breakerFailures(system);
        int failures;
        try {
            failures = breakers.failed(system);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a failure of " + system + " could not be counted for its breaker", e);
            return;
        }
        if (failures == threshold) {
            changes.breakIfOnline(system, threshold + " consecutive failures, the last: " + failure.getMessage());
        }
    }

    /** The call went through: counting starts again from zero. Called after each effect that reached it. */
    public void succeeded(String system) {
        if (system != null && settings.isKnown(system)) {
            reset(system);
        }
    }

    public int consecutiveFailures(String system) {
        return breakers.count(system);
    }

    /** After the system is back (probe, operator): counting starts again from zero. */
    public void reset(String system) {
        try {
            breakers.succeeded(system);
        } catch (RuntimeException e) {
            // the effect is done: its delivery must not roll back for want of a reset
            LOG.log(Level.WARNING, "the breaker count of " + system + " could not be reset", e);
        }
    }
}
