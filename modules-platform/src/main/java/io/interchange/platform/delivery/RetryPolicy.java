package io.interchange.platform.delivery;

import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.DeliveryPolicy;
import io.interchange.platform.catalog.SystemDescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;

/**
 * When to try again: exponential backoff with jitter from {@code interchange.retry.initial-delay-ms}
 * (default 2 s), doubling up to {@code interchange.retry.max-delay-ms} (5 min), never sooner than
 * the system's {@code Retry-After}; and how often: {@code interchange.system.<system>.max-retries}
 * (default {@code interchange.retry.max-retries}, 10). A catalog system's file says both in its
 * {@code delivery.retry}.
 */
@ApplicationScoped
public class RetryPolicy {

    @Inject
    Config config;

    @Inject
    Catalog catalog;

    public int maxRetries(String system) {
        Optional<DeliveryPolicy.Retry> described = described(system);
        if (described.isPresent()) {
            return described.get().maxRetries();
        }
        return config.getOptionalValue("interchange.system." + system + ".max-retries", Integer.class)
                .orElseGet(() -> config.getOptionalValue("interchange.retry.max-retries", Integer.class).orElse(10));
    }

    /** The delay before retry number {@code retry} (1 for the first retry) of a delivery to the system. */
    public Duration delayBefore(String system, int retry, Duration retryAfter) {
        Optional<DeliveryPolicy.Retry> described = described(system);
        if (described.isEmpty()) {
            return delayBefore(retry, retryAfter);
        }
        return backoff(retry, retryAfter, described.get().initialDelay().toMillis(), described.get().maxDelay().toMillis(),
                ThreadLocalRandom.current().nextDouble());
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry, Duration retryAfter) {
        long initial = config.getOptionalValue("interchange.retry.initial-delay-ms", Long.class).orElse(2000L);
        long max = config.getOptionalValue("interchange.retry.max-delay-ms", Long.class).orElse(300_000L);
        return backoff(retry, retryAfter, initial, max, ThreadLocalRandom.current().nextDouble());
    }

    private Optional<DeliveryPolicy.Retry> described(String system) {
        return system == null || catalog == null ? Optional.empty()
                : catalog.system(system).map(SystemDescription::delivery).map(DeliveryPolicy::retry);
    }

    /** Pure computation, for tests: {@code random} in [0, 1) spreads the delay by ±20 %. */
    static Duration backoff(int retry, Duration retryAfter, long initialMs, long maxMs, double random) {
        double exponential = initialMs * Math.pow(2, Math.max(0, retry - 1));
        double capped = Math.min(exponential, maxMs);
        long jittered = Math.round(capped * (0.8 + 0.4 * random));
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }
}
