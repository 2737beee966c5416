package io.interchange.platform.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;

/**
 * When to try again: exponential backoff with jitter from {@code interchange.retry.initial-delay-ms}
 * (default 2 s), doubling up to {@code interchange.retry.max-delay-ms} (5 min), never sooner than
 * the system's {@code Retry-After}; and how often: {@code interchange.system.<system>.max-retries}
 * (default {@code interchange.retry.max-retries}, 10).
 */
@ApplicationScoped
public class RetryPolicy {

    @Inject
    Config config;

    public int maxRetries(String system) {
        return config.getOptionalValue("interchange.system." + system + ".max-retries", Integer.class)
                .orElseGet(() -> config.getOptionalValue("interchange.retry.max-retries", Integer.class).orElse(10));
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry, Duration retryAfter) {
        long initial = config.getOptionalValue("interchange.retry.initial-delay-ms", Long.class).orElse(2000L);
        long max = config.getOptionalValue("interchange.retry.max-delay-ms", Long.class).orElse(300_000L);
        return backoff(retry, retryAfter, initial, max, ThreadLocalRandom.current().nextDouble());
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
