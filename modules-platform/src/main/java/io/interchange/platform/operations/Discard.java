package io.interchange.platform.operations;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Closes a failed message without sending it again; the reason is required and kept. */
@ApplicationScoped
public class Discard {

    @Inject
    FailedMessages failures;

    @Inject
    Journal journal;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRED)
    public FailedMessage discard(long failedMessageId, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw OperationRefusedException.invalid("/reason", "a discard needs a reason");
        }
        FailedMessage failed = failures.lock(failedMessageId)
                .orElseThrow(() -> OperationRefusedException.notFound(failedMessageId));
        Open.require(failed, "discarded");
        failed.discarded(actor, reason, Instant.now());
        failures.closed(failed);
        journal.record(failed.envelope(), Hop.DISCARDED, Resubmission.ACTOR, "by " + actor + ": " + reason);
        audit.record(actor, AuditAction.DISCARDED, failed.id(), failed.messageId(), FailureStatus.OPEN.name(),
                FailureStatus.DISCARDED.name(), reason);
        return failed;
    }
}
