package io.interchange.platform.systems;

import io.interchange.platform.operator.OperationRefusedException;
import java.time.Instant;

/**
 * An operator's status change, validated: OFFLINE needs a reason, MAINTENANCE an end in the
 * future, BROKEN is only ever set by the circuit breaker.
 * <p>
 * MAINTENANCE may name a start ({@code from}) for a window scheduled to start later: the system
 * stays online until then. A start that is not in the future (none, now, or already past: a
 * prefilled or stale form) means the window starts now and is kept as none, so it is never
 * backdated. Only MAINTENANCE takes a start: ONLINE or OFFLINE with one is refused rather than
 * applied at once.
 */
public record StatusRequest(SystemState state, String reason, Instant from, Instant until) {

    /** A change without a start, as before windows could be scheduled. */
    public StatusRequest(SystemState state, String reason, Instant until) {
        this(state, reason, null, until);
    }

    public static StatusRequest of(String status, String reason, Instant until, Instant now) {
        return of(status, reason, null, until, now);
    }

    public static StatusRequest of(String status, String reason, Instant from, Instant until, Instant now) {
        SystemState state;
        try {
            state = SystemState.valueOf(status == null ? "" : status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw OperationRefusedException.invalid("/status", "status must be ONLINE, OFFLINE or MAINTENANCE");
        }
        if (!state.settableByOperator()) {
            throw OperationRefusedException.invalid("/status", "BROKEN is set by the circuit breaker only");
        }
        if (state == SystemState.OFFLINE && (reason == null || reason.isBlank())) {
            throw OperationRefusedException.invalid("/reason", "taking a system OFFLINE needs a reason");
        }
        if (state != SystemState.MAINTENANCE) {
            if (from != null) {
                throw OperationRefusedException.invalid("/from",
                        "only a MAINTENANCE window can start later; " + state + " applies at once, leave from out");
            }
            return new StatusRequest(state, reason, null, null);
        }
        if (until == null || !until.isAfter(now)) {
            throw OperationRefusedException.invalid("/until", "MAINTENANCE needs an until time in the future");
        }
        Instant start = from == null || !from.isAfter(now) ? null : from;
        if (start != null && !until.isAfter(start)) {
            throw OperationRefusedException.invalid("/until",
                    "MAINTENANCE needs an until after its from (" + start + ")");
        }
        return new StatusRequest(state, reason, start, until);
    }
}
