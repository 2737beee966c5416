package io.interchange.platform.audit;

/** What an operator did. */
public enum AuditAction {
    PAYLOAD_EDITED, RESUBMITTED, DISCARDED,
    /** A connected system's status changed (by an operator, its circuit breaker, its probe or a maintenance end). */
    SYSTEM_STATUS_CHANGED,
    /** An operator acknowledged an alert. */
    ALERT_ACKNOWLEDGED,
    /** A catalog file added, changed, removed or refused (actor {@code catalog}). */
    CATALOG_CHANGED,
    /** An admin added a console user (the first admin is added by the configuration). */
    USER_ADDED,
    /** An admin changed a console user's role. */
    ROLE_CHANGED,
    /** Someone sent a message by hand to an operation of a catalog system. */
    MANUAL_MESSAGE_SENT,
    /** An operator set where a database system's poll reads from (to read rows again, or skip them). */
    POLL_WATERMARK_SET
}
