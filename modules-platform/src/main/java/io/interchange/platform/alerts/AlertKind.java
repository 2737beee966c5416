package io.interchange.platform.alerts;

/** What an alert is about. */
public enum AlertKind {
    /** A message reached the errors queue; keyed by its failure group. */
    DEAD_LETTER,
    /** The circuit breaker took a system out; keyed by the system. */
    SYSTEM_BROKEN,
    /** Messages for a system have been parked longer than its limit; keyed by the system. */
    BACKLOG_AGE,
    /** A payment was taken but what it paid for could not be recorded; keyed by the payment's reference. */
    PAID_NOT_RECORDED,
    /** A catalog file was refused (the system's previous version stays in force); keyed by the file. */
    CATALOG_REFUSED;

    /** The incident key of an alert of this kind about {@code subject}, e.g. {@code SYSTEM_BROKEN|erp}. */
    public String key(String subject) {
        return name() + "|" + subject;
    }
}
