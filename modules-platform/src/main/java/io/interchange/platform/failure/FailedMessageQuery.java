package io.interchange.platform.failure;

import java.time.Instant;

/**
 * Which failed messages to list; every filter is optional (null).
 *
 * @param system       the failing system ({@code ecp}, {@code erp} ...)
 * @param type         the message type
 * @param consumer     the consumer that gave up
 * @param status       open, resubmitted or discarded
 * @param businessKey  the business key (correlation id)
 * @param failedBefore only failures older than this
 * @param group        the failure group
 * @param limit        at most this many, newest first
 */
public record FailedMessageQuery(String system, String type, String consumer, FailureStatus status,
        String businessKey, Instant failedBefore, String group, int limit) {
}
