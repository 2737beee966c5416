package io.interchange.platform.failure;

/** Where a failed message stands in the errors queue: waiting for an operator, or dealt with. */
public enum FailureStatus {
    OPEN, RESUBMITTED, DISCARDED
}
