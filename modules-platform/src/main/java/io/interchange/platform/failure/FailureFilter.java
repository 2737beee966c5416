package io.interchange.platform.failure;

import java.time.Instant;

/**
 * The errors queue's filter; every part optional (null or blank).
 *
 * @param reasonText words the failure reason contains (any case)
 * @param from       failed at or after
 * @param to         failed before
 * @param status     OPEN, RESUBMITTED, DISCARDED, or null for all
 */
public record FailureFilter(String system, String type, String group, String reasonText, Instant from, Instant to,
        FailureStatus status) {
}
