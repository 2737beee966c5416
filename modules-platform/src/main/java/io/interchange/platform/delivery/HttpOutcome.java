package io.interchange.platform.delivery;

import java.time.Duration;

/**
 * Classifies an HTTP answer of an external system the same way for every connector:
 * 2xx delivered; 408, 429 and 5xx transient (honouring {@code Retry-After}); other 4xx permanent.
 */
public final class HttpOutcome {

    private HttpOutcome() {
    }

    /** Throws the failure that an unsuccessful status means; returns for 2xx. */
    public static void check(String system, String call, int status, String retryAfter, String body) {
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = call + " answered " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
        if (status == 408 || status == 429 || status >= 500) {
            throw new TransientFailure(system, reason, parseRetryAfter(retryAfter), null, true);
        }
        throw new PermanentFailure(system, reason);
    }

    /** A call that got no answer (refused, reset, timed out): its effect is unknown. */
    public static TransientFailure noAnswer(String system, String call, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TransientFailure(system, call + " got no answer: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : " " + root.getMessage()), null, cause, true);
    }

    /** A {@code Retry-After} of seconds; null for none or an HTTP date (then the backoff applies). */
    public static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return null; // an HTTP date; the backoff applies instead
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
