package io.interchange.platform.failure;

import java.time.Instant;

/** A failed message as the errors queue lists it, with its payload (the event's data). */
public record FailureRow(long id, String messageId, String type, String system, String consumer,
        String businessKey, String reason, String group, Instant failedAt, FailureStatus status, String data) {

    static FailureRow of(FailedMessage f) {
        return new FailureRow(f.id(), f.messageId(), f.messageType(), f.system(), f.consumer(), f.correlationId(),
                f.reason(), f.failureGroup(), f.failedAt(), f.status(),
                f.data());
    }

    public boolean open() {
        return status == FailureStatus.OPEN;
    }
}
