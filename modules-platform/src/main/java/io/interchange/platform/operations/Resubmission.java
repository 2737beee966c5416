package io.interchange.platform.operations;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.platform.intake.EventRouting;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Sends a failed message again as a NEW message (new id, kind resubmit, caused by the failed
 * one, retry count 0) to the queue it came from. The consumer's ledger is keyed by message id,
 * so the new message is processed even though the failed one's id may be in it.
 */
@ApplicationScoped
public class Resubmission {

    static final String ACTOR = "operations";

    @Inject
    FailedMessages failures;

    @Inject
    MessageBus bus;

    @Inject
    Journal journal;

    @Inject
    AuditTrail audit;

    @Inject
    EventRouting routing;

    /** In a transaction of its own, so that in a bulk resubmit each message succeeds or fails alone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Envelope resubmit(long failedMessageId, String actor, String note) {
        FailedMessage failed = failures.lock(failedMessageId)
                .orElseThrow(() -> OperationRefusedException.notFound(failedMessageId));
        Open.require(failed, "resubmitted");
        String queue = failed.queue() != null ? failed.queue() : onlyQueue(failedMessageId, failed.messageType());
        Envelope next = failed.resubmission();
        bus.send(queue, next);
        failed.resubmitted(next.id(), actor, note, Instant.now());
        failures.closed(failed);
        journal.record(failed.envelope(), Hop.RESUBMITTED, ACTOR, "as " + next.id() + " by " + actor);
        journal.record(next, Hop.ENQUEUED, ACTOR, queue + " (resubmit of " + failed.messageId() + ")");
        audit.record(actor, AuditAction.RESUBMITTED, failed.id(), next.id(), FailureStatus.OPEN.name(),
                FailureStatus.RESUBMITTED.name(), "as message " + next.id() + (note == null ? "" : ": " + note));
        return next;
    }

    private String onlyQueue(long failedMessageId, String type) {
        List<String> queues = routing.queuesFor(type);
        if (queues.size() != 1) {
            throw OperationRefusedException.conflict("failed message " + failedMessageId + " names no queue, and "
                    + (queues.isEmpty() ? "no context" : "more than one context (" + String.join(", ", queues) + ")")
                    + " takes messages of type " + type);
        }
        return queues.get(0);
    }
}
