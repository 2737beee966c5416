package io.interchange.platform.journal;

/** What happened to a message at one point of its journey. */
public enum Hop {
    RECEIVED, ENQUEUED, CONSUMED, DUPLICATE_IGNORED, PUBLISHED, DELIVERED, ATTEMPT_FAILED, RETRY_SCHEDULED, FAILED
}
