package io.interchange.platform.persistence;

import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness of one persistence unit: up when a query over its entities runs. A unit whose
 * metadata did not load answers every query with "the abstract schema type … is unknown" while
 * the database itself is fine, so {@code SELECT 1} alone would call it ready.
 */
public final class StoreReadiness {

    private static final Logger LOG = Logger.getLogger(StoreReadiness.class.getName());

    private StoreReadiness() {
    }

    public static HealthCheckResponse of(String name, Supplier<?> query) {
        try {
            query.get();
            return HealthCheckResponse.up(name);
        } catch (RuntimeException e) {
            LOG.warning(() -> name + " is not ready: " + e);
            return HealthCheckResponse.named(name).down()
                    .withData("error", "its tables cannot be queried (" + e.getClass().getSimpleName() + ")").build();
        }
    }
}
