package io.interchange.platform.delivery;

import java.time.Duration;

/** A call that may succeed later: timeout, refused connection, 429, 5xx. */
public class TransientFailure extends RuntimeException {

    private final String system;
    private final Duration retryAfter;

    public TransientFailure(String system, String reason, Duration retryAfter, Throwable cause) {
        super(system + ": " + reason, cause);
        this.system = system;
        this.retryAfter = retryAfter;
    }

    public TransientFailure(String system, String reason) {
        this(system, reason, null, null);
    }

    public String system() {
        return system;
    }

    /** What the system asked for ({@code Retry-After}), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
