package io.interchange.platform.systems;

import io.interchange.platform.operator.OperationRefusedException;
import java.time.Instant;

/**
 * An operator's status change, validated: OFFLINE needs a reason, MAINTENANCE an end in the
 * future, BROKEN is only ever set by the circuit breaker.
 */
public record StatusRequest(SystemState state, String reason, Instant until) {

    public static StatusRequest of(String status, String reason, Instant until, Instant now) {
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
        if (state == SystemState.MAINTENANCE && (until == null || !until.isAfter(now))) {
            throw OperationRefusedException.invalid("/until", "MAINTENANCE needs an until time in the future");
        }
        return new StatusRequest(state, reason, state == SystemState.MAINTENANCE ? until : null);
    }
}
