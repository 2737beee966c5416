package io.interchange.platform.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How deliveries to a system behave when it fails or is away. */
public record DeliveryPolicy(
        Retry retry,
        Breaker breaker,
        int drainPerSecond,
        Duration backlogAlertAge,
        List<MaintenanceWindow> maintenance) {

    public DeliveryPolicy {
        maintenance = List.copyOf(maintenance);
    }

    public boolean inMaintenance(Instant at) {
        return maintenance.stream().anyMatch(window -> window.covers(at));
    }

    public record Retry(int maxRetries, Duration initialDelay, Duration maxDelay) {
    }

    /** @param health null: no probe, a broken system comes back only through an operator */
    public record Breaker(int failures, Duration probeInterval, HealthProbe health) {
    }

    /** @param query a database system's probe: a query that must run without error (path and statuses unused) */
    public record HealthProbe(String path, StatusSet healthy, String query) {
    }
}
