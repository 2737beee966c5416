package io.interchange.platform.delivery;

import java.time.Duration;

/** A call that may succeed later: timeout, refused connection, 429, 5xx. */
public class TransientFailure extends RuntimeException {

    private final String system;
    private final Duration retryAfter;
    private final boolean systemUnhealthy;

    public TransientFailure(String system, String reason, Duration retryAfter, Throwable cause) {
        this(system, reason, retryAfter, cause, false);
    }

    /** @param systemUnhealthy the system gave no answer, or a 408, 429 or 5xx: it counts for its circuit breaker */
    public TransientFailure(String system, String reason, Duration retryAfter, Throwable cause,
            boolean systemUnhealthy) {
        super(system + ": " + reason, cause);
        this.system = system;
        this.retryAfter = retryAfter;
        this.systemUnhealthy = systemUnhealthy;
    }

    public TransientFailure(String system, String reason) {
        this(system, reason, null, null);
    }

    public String system() {
        return system;
    }

    /** Whether this failure says the system itself is unwell (counted by its circuit breaker). */
    public boolean systemUnhealthy() {
        return systemUnhealthy;
    }

    /** What the system asked for ({@code Retry-After}), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
