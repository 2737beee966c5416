package io.interchange.platform.systems;

import java.time.Duration;
import java.time.Instant;

/**
 * A system's status as operators see it, with its backlog of parked messages. {@code from} and
 * {@code until} are an operator's maintenance window: {@code from} is set only for a window
 * scheduled to start later, during which the state is ONLINE until it starts.
 */
public record SystemView(String system, SystemState state, String reason, Instant since, Instant from, Instant until,
        int consecutiveFailures, long parked, Instant oldestParkedAt, int drainPerSecond, Duration estimatedDrain) {

    /** True while an operator's maintenance window is scheduled and has not started at {@code now}. */
    public boolean maintenanceScheduledAt(Instant now) {
        return state == SystemState.ONLINE && from != null && until != null && now.isBefore(from);
    }
}
