package io.interchange.simulators.faults;

import java.util.Set;

/**
 * The faults set for one system.
 *
 * @param offline           the system's relay port refuses connections
 * @param errorRate         the fraction (0.0 to 1.0) of API calls answered with {@code errorStatus}
 * @param errorStatus       the status of an injected error (4xx or 5xx; 429 and 503 carry Retry-After)
 * @param retryAfterSeconds the {@code Retry-After} of an injected 429 or 503
 * @param latencyMs         a delay before every API call is handled
 * @param slowButSucceedsMs a delay after a writing call (not GET) was handled (its effect is done) before answering
 */
public record FaultSettings(boolean offline, double errorRate, int errorStatus, int retryAfterSeconds,
        long latencyMs, long slowButSucceedsMs) {

    /** No faults: what every system starts with and a reset goes back to. */
    public static final FaultSettings NONE = new FaultSettings(false, 0.0, 503, 1, 0, 0);

    /** The statuses that carry a {@code Retry-After} header. */
    static final Set<Integer> WITH_RETRY_AFTER = Set.of(429, 503);

    /** @throws IllegalArgumentException naming the value out of range */
    public FaultSettings {
        if (Double.isNaN(errorRate) || errorRate < 0.0 || errorRate > 1.0) {
            throw new IllegalArgumentException("errorRate must be between 0.0 and 1.0, not " + errorRate);
        }
        if (errorStatus < 400 || errorStatus > 599) {
            throw new IllegalArgumentException("errorStatus must be a 4xx or 5xx status (e.g. 500, 503, 429), not "
                    + errorStatus);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        if (latencyMs < 0 || slowButSucceedsMs < 0) {
            throw new IllegalArgumentException("latencyMs and slowButSucceedsMs must not be negative");
        }
    }

    public boolean retryAfterSent() {
        return WITH_RETRY_AFTER.contains(errorStatus);
    }
}
