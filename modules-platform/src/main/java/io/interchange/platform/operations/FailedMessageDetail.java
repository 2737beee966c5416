package io.interchange.platform.operations;

import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.journal.JournalEntry;
import java.time.Instant;
import java.util.List;

/**
 * A failed message as an operator examines it: the message, every failed attempt from the
 * journal, and its lineage.
 */
public record FailedMessageDetail(FailedMessage message, List<JournalEntry> attempts, Lineage lineage) {

    /**
     * @param causationId the message the failed one came from (null for an original)
     * @param resubmitOf  the failed message whose resubmit this one is, or null
     * @param resubmits   the messages sent in its place
     */
    public record Lineage(String causationId, Long resubmitOf, List<Resubmit> resubmits) {
    }

    /**
     * @param messageId     the new message's id
     * @param lastHop       where it is now, per the journal (e.g. CONSUMED), or null
     * @param failedAgainAs the failed messages it became, if it failed too
     */
    public record Resubmit(String messageId, Instant at, String by, String lastHop, List<Long> failedAgainAs) {
    }
}
