package io.interchange.simulators.intake;

import java.time.Duration;
import java.util.Optional;

/**
 * When a webhook sender tries again: after no answer (connection refused, timeout), 408, 425,
 * 429 or a 5xx; after {@code Retry-After} when the intake gave one, else exponential backoff
 * from {@code firstDelay}; at most {@code maxAttempts} attempts in all.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {

    private static final Duration LONGEST = Duration.ofMinutes(2);

    /**
     * The wait before the next attempt, or empty when the send is finished.
     *
     * @param attemptsSoFar attempts made (1 after the first)
     * @param status        the HTTP status of the last attempt, or null when there was no answer
     * @param retryAfter    the {@code Retry-After} seconds of the last answer, or null
     */
    public Optional<Duration> nextDelay(int attemptsSoFar, Integer status, Long retryAfter) {
        if (attemptsSoFar >= maxAttempts || !retryable(status)) {
            return Optional.empty();
        }
        if (retryAfter != null && retryAfter >= 0) {
            return Optional.of(min(Duration.ofSeconds(retryAfter)));
        }
        long factor = 1L << Math.min(attemptsSoFar - 1, 16);
        return Optional.of(min(firstDelay.multipliedBy(factor)));
    }

    public static boolean retryable(Integer status) {
        return status == null || status == 408 || status == 425 || status == 429 || status >= 500;
    }

    private static Duration min(Duration delay) {
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
