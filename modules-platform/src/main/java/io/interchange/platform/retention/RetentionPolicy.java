package io.interchange.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * How long each kind of record is kept ({@code interchange.retention.*}, ISO-8601 durations). The
 * ledger and the inbound events are the platform's memory of what it has already done: a
 * duplicate arriving later than their age would be taken as new, so they are kept for at least
 * the duplicate window ({@code interchange.retention.duplicate-window}, default
 * {@link #DUPLICATE_WINDOW}) whatever is configured.
 */
@ApplicationScoped
public class RetentionPolicy {

    /**
     * The default of the longest time after which a duplicate can still arrive: a shop's webhook retries end within
     * about a day (Standard Webhooks senders retry for up to ≈ 27 h), the broker redelivers an
     * unacknowledged message and the outbox resends an unconfirmed row when the server is back, so
     * an outage longer than this is the one case it does not cover.
     */
    public static final Duration DUPLICATE_WINDOW = Duration.ofDays(3);

    private static final Logger LOG = Logger.getLogger(RetentionPolicy.class.getName());

    @Inject
    Config config;

    public Duration journal() {
        return age("journal", "P30D");
    }

    public Duration inboundEvents() {
        return atLeastTheDuplicateWindow("inbound-events", age("inbound-events", "P14D"));
    }

    public Duration ledger() {
        return atLeastTheDuplicateWindow("ledger", age("ledger", "P30D"));
    }

    /** How long after the original a duplicate can still arrive; shorten it only where that is known to hold. */
    public Duration duplicateWindow() {
        return age("duplicate-window", DUPLICATE_WINDOW.toString());
    }

    public Duration closedFailures() {
        return age("closed-failures", "P90D");
    }

    public Duration resolvedAlerts() {
        return age("resolved-alerts", "P90D");
    }

    /** Rows removed per transaction. */
    public int batchSize() {
        return config.getOptionalValue("interchange.retention.batch-size", Integer.class).orElse(500);
    }

    /** Whether the sweep runs at all ({@code interchange.retention.enabled}, default true). */
    public boolean enabled() {
        return config.getOptionalValue("interchange.retention.enabled", Boolean.class).orElse(true);
    }

    private Duration age(String name, String fallback) {
        String value = config.getOptionalValue("interchange.retention." + name, String.class).orElse(fallback);
        try {
            Duration age = Duration.parse(value);
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("not positive");
            }
            return age;
        } catch (RuntimeException e) {
            LOG.warning(() -> "interchange.retention." + name + "=" + value + " is not a positive ISO-8601 duration"
                    + " (e.g. P30D); keeping " + fallback);
            return Duration.parse(fallback);
        }
    }

    private Duration atLeastTheDuplicateWindow(String name, Duration configured) {
        Duration window = duplicateWindow();
        if (configured.compareTo(window) >= 0) {
            return configured;
        }
        LOG.warning(() -> "interchange.retention." + name + "=" + configured + " is shorter than the window in which a"
                + " duplicate can still arrive (interchange.retention.duplicate-window); keeping " + window);
        return window;
    }
}
