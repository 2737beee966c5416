package io.interchange.platform.systems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The connected systems ({@code interchange.systems}) and their settings
 * {@code interchange.system.<system>.breaker.failures} (5), {@code .breaker.probe-seconds} (10),
 * {@code .drain-per-second} (20), {@code .health.*} ({@link HealthDefinition}); a system's address is
 * {@code <system>.base-url}.
 */
@ApplicationScoped
public class SystemSettings {

    @Inject
    Config config;

    public List<String> names() {
        return Arrays.stream(config.getOptionalValue("interchange.systems", String.class).orElse("ecp,erp").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isKnown(String system) {
        return system != null && names().contains(system);
    }

    public int breakerFailures(String system) {
        return Math.max(1, setting(system, "breaker.failures", 5));
    }

    public int probeSeconds(String system) {
        return Math.max(1, setting(system, "breaker.probe-seconds", 10));
    }

    public DrainRate drainRate(String system) {
        return new DrainRate(setting(system, "drain-per-second", 20));
    }

    /** How long a message may wait parked for the system before a {@code BACKLOG_AGE} alert (default 1 h). */
    public Duration backlogAlertAge(String system) {
        return Duration.ofSeconds(Math.max(1, setting(system, "backlog-alert-seconds", 3600)));
    }

    /** {@code interchange.system.<system>.health.path}, {@code .health.statuses} (2xx), {@code .health.authorization}. */
    public HealthDefinition health(String system) {
        String prefix = "interchange.system." + system + ".health.";
        return HealthDefinition.of(config.getOptionalValue(prefix + "path", String.class).orElse(""),
                config.getOptionalValue(prefix + "statuses", String.class).orElse(HealthDefinition.DEFAULT_STATUSES),
                config.getOptionalValue(prefix + "authorization", String.class));
    }

    public Optional<String> baseUrl(String system) {
        return config.getOptionalValue(system + ".base-url", String.class);
    }

    private int setting(String system, String name, int fallback) {
        return config.getOptionalValue("interchange.system." + system + "." + name, Integer.class).orElse(fallback);
    }
}
