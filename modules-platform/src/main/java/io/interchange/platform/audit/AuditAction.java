package io.interchange.platform.audit;

/** What an operator did. */
public enum AuditAction {
    PAYLOAD_EDITED, RESUBMITTED, DISCARDED
}
