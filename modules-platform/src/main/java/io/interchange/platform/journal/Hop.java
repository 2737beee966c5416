package io.interchange.platform.journal;

/** What happened to a message at one point of its journey. */
public enum Hop {
    RECEIVED, ENQUEUED, CONSUMED, DUPLICATE_IGNORED, PUBLISHED, DELIVERED, ATTEMPT_FAILED, RETRY_SCHEDULED, FAILED,
    /** An operator sent a failed message again, as a new message. */
    RESUBMITTED,
    /** An operator closed a failed message without sending it again. */
    DISCARDED,
    /** Not delivered because its target system is not online: kept in PARKED_MESSAGE, no retry spent. */
    PARKED,
    /** Sent back to its queue from PARKED_MESSAGE once its target system was online again. */
    UNPARKED
}
