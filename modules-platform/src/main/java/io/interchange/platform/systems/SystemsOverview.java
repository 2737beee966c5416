package io.interchange.platform.systems;

import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The operators' side: every system's status and backlog, and their status changes. */
@ApplicationScoped
public class SystemsOverview {

    @Inject
    SystemSettings settings;

    @Inject
    StatusChanges changes;

    @Inject
    Systems systems;

    @Inject
    Parking parking;

    public List<SystemView> all() {
        return settings.names().stream().map(this::view).toList();
    }

    public SystemView view(String system) {
        requireKnown(system);
        Instant now = Instant.now();
        SystemStatus status = changes.find(system).orElse(null);
        DrainRate rate = settings.drainRate(system);
        long parked = parking.count(system);
        SystemState state = status == null ? SystemState.ONLINE : status.stateAt(now);
        if (state == SystemState.ONLINE && settings.inMaintenanceWindow(system, now)) {
            // a recurring window of its catalog file: shown as deliveries see it
            return new SystemView(system, SystemState.MAINTENANCE, "recurring maintenance window of its catalog file",
                    null, null, null, systems.consecutiveFailures(system), parked, parking.oldest(system).orElse(null),
                    rate.perSecond(), rate.timeToDrain(parked));
        }
        return new SystemView(system, state,
                status == null ? null : status.reason(), status == null ? null : status.since(),
                status == null ? null : status.from(), status == null ? null : status.until(),
                systems.consecutiveFailures(system), parked,
                parking.oldest(system).orElse(null), rate.perSecond(), rate.timeToDrain(parked));
    }

    /**
     * An operator's change; ONLINE starts the drain on the next tick, and so does MAINTENANCE
     * scheduled to start later (the system stays online until its start).
     */
    public SystemView change(String system, StatusRequest request, String actor) {
        requireKnown(system);
        changes.change(system, request.state(), request.reason(), request.from(), request.until(), actor);
        if (request.state() == SystemState.ONLINE) {
            systems.reset(system);
        }
        return view(system);
    }

    private void requireKnown(String system) {
        if (!settings.isKnown(system)) {
            throw OperationRefusedException.notFound("no connected system " + system + "; known: " + settings.names());
        }
    }
}
