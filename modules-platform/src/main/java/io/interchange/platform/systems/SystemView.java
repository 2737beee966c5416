package io.interchange.platform.systems;

import java.time.Duration;
import java.time.Instant;

/** A system's status as operators see it, with its backlog of parked messages. */
public record SystemView(String system, SystemState state, String reason, Instant since, Instant until,
        int consecutiveFailures, long parked, Instant oldestParkedAt, int drainPerSecond, Duration estimatedDrain) {
}
