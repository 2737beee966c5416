package io.interchange.platform.systems;

import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.DeliveryPolicy;
import io.interchange.platform.catalog.SystemDescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The connected systems and their settings. A system of the catalog takes them from its file's
 * delivery policy; a coded one ({@code interchange.systems}) from
 * {@code interchange.system.<system>.breaker.failures} (5), {@code .breaker.probe-seconds} (10),
 * {@code .drain-per-second} (20), {@code .health.*} ({@link HealthDefinition}), its address from
 * {@code <system>.base-url}.
 */
@ApplicationScoped
public class SystemSettings {

    @Inject
    Config config;

    @Inject
    Catalog catalog;

    public List<String> names() {
        Set<String> names = new LinkedHashSet<>(Arrays.stream(config.getOptionalValue("interchange.systems", String.class)
                .orElse("ecp,erp").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        catalog.active().forEach(entry -> names.add(entry.system().system()));
        return List.copyOf(names);
    }

    public boolean isKnown(String system) {
        return system != null && names().contains(system);
    }

    public int breakerFailures(String system) {
        return Math.max(1, policy(system).map(p -> p.breaker().failures())
                .orElseGet(() -> setting(system, "breaker.failures", 5)));
    }

    public int probeSeconds(String system) {
        return (int) Math.max(1, policy(system).map(p -> p.breaker().probeInterval().toSeconds())
                .orElseGet(() -> (long) setting(system, "breaker.probe-seconds", 10)));
    }

    public DrainRate drainRate(String system) {
        return new DrainRate(policy(system).map(DeliveryPolicy::drainPerSecond)
                .orElseGet(() -> setting(system, "drain-per-second", 20)));
    }

    /** How long a message may wait parked for the system before a {@code BACKLOG_AGE} alert (default 1 h). */
    public Duration backlogAlertAge(String system) {
        return policy(system).map(DeliveryPolicy::backlogAlertAge)
                .orElseGet(() -> Duration.ofSeconds(Math.max(1, setting(system, "backlog-alert-seconds", 3600))));
    }

    /** Whether one of the system's recurring maintenance windows (catalog) covers the moment. */
    public boolean inMaintenanceWindow(String system, Instant at) {
        return policy(system).map(p -> p.inMaintenance(at)).orElse(false);
    }

    /**
     * {@code interchange.system.<system>.health.path}, {@code .health.statuses} (2xx), {@code .health.authorization};
     * for a catalog system its breaker's health probe (credentials added by the probe).
     */
    public HealthDefinition health(String system) {
        Optional<DeliveryPolicy> policy = policy(system);
        if (policy.isPresent()) {
            DeliveryPolicy.HealthProbe probe = policy.get().breaker().health();
            return probe == null ? HealthDefinition.of("", HealthDefinition.DEFAULT_STATUSES, Optional.empty())
                    : HealthDefinition.of(probe.path(), String.join(",", probe.healthy().patterns()), Optional.empty());
        }
        String prefix = "interchange.system." + system + ".health.";
        return HealthDefinition.of(config.getOptionalValue(prefix + "path", String.class).orElse(""),
                config.getOptionalValue(prefix + "statuses", String.class).orElse(HealthDefinition.DEFAULT_STATUSES),
                config.getOptionalValue(prefix + "authorization", String.class));
    }

    public Optional<String> baseUrl(String system) {
        Optional<SystemDescription> described = catalog.system(system);
        if (described.isPresent()) {
            try {
                return Optional.of(described.get().connection()
                        .baseUrl(key -> config.getOptionalValue(key, String.class).orElse(null)));
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        }
        return config.getOptionalValue(system + ".base-url", String.class);
    }

    /** The catalog's description of the system, if it is a catalog system. */
    public Optional<SystemDescription> described(String system) {
        return catalog.system(system);
    }

    private Optional<DeliveryPolicy> policy(String system) {
        return catalog.system(system).map(SystemDescription::delivery);
    }

    private int setting(String system, String name, int fallback) {
        return config.getOptionalValue("interchange.system." + system + "." + name, Integer.class).orElse(fallback);
    }
}
