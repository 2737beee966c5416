package io.interchange.platform.operations;

import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.journal.JournalEntry;
import io.interchange.platform.message.DeliveryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Puts together a failed message's detail from the errors queue and the journal. */
@ApplicationScoped
public class FailedMessageDetails {

    @Inject
    FailedMessages failures;

    @Inject
    Journal journal;

    public Optional<FailedMessageDetail> of(long failedMessageId) {
        return failures.find(failedMessageId).map(this::detail);
    }

    private FailedMessageDetail detail(FailedMessage failed) {
        List<JournalEntry> attempts = journal.hopsOfMessage(failed.messageId(), Hop.ATTEMPT_FAILED).stream()
                .filter(hop -> failed.consumer().equals(hop.actor()))
                .filter(hop -> !hop.at().isAfter(failed.failedAt()))
                .toList();
        Long resubmitOf = failed.deliveryKind() == DeliveryKind.RESUBMIT
                ? failures.resubmittedAs(failed.messageId()).map(FailedMessage::id).orElse(null)
                : null;
        List<FailedMessageDetail.Resubmit> resubmits = failed.resubmittedAs() == null ? List.of()
                : List.of(resubmit(failed));
        return new FailedMessageDetail(failed, attempts,
                new FailedMessageDetail.Lineage(failed.causationId(), resubmitOf, resubmits));
    }

    private FailedMessageDetail.Resubmit resubmit(FailedMessage failed) {
        String id = failed.resubmittedAs();
        List<JournalEntry> timeline = journal.timelineOfMessage(id);
        return new FailedMessageDetail.Resubmit(id, failed.resolvedAt(), failed.resolvedBy(),
                timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).hop().name(),
                failures.ofMessage(id).stream().map(FailedMessage::id).toList());
    }
}
