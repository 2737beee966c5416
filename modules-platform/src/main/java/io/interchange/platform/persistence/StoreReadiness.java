package io.interchange.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness of one persistence unit: up when a query over its entities runs. A unit whose
 * metadata did not load answers every query with "the abstract schema type … is unknown" while
 * the database itself is fine, so {@code SELECT 1} alone would call it ready.
 */
public final class StoreReadiness {

    /** After a failed query, the other checks of the same readiness call answer at once. */
    static final Duration SHARED_VERDICT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(StoreReadiness.class.getName());
    /**
     * When a query last failed: while the database is away each query waits for its connection
     * attempt (about 10 s with H2), and readiness asks several units; one wait is enough.
     */
    private static volatile Instant lastFailure = Instant.MIN;

    private StoreReadiness() {
    }

    public static HealthCheckResponse of(String name, Supplier<?> query) {
        if (lastFailure.plus(SHARED_VERDICT).isAfter(Instant.now())) {
            return HealthCheckResponse.named(name).down()
                    .withData("error", "a query of another unit failed just now; not asked again").build();
        }
        try {
            query.get();
            return HealthCheckResponse.up(name);
        } catch (RuntimeException e) {
            lastFailure = Instant.now();
            LOG.warning(() -> name + " is not ready: " + e);
            return HealthCheckResponse.named(name).down()
                    .withData("error", "its tables cannot be queried (" + e.getClass().getSimpleName() + ")").build();
        }
    }
}
