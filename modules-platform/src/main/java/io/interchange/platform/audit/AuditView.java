package io.interchange.platform.audit;

import java.time.Instant;

/** One audited action as the console shows it. */
public record AuditView(long id, Instant at, String who, AuditAction action, Long failedMessageId, String messageId,
        String before, String after, String note) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id(), e.at(), e.actor(), e.action(), e.failedMessageId(), e.messageId(), e.before(),
                e.after(), e.note());
    }
}
