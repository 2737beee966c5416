package io.interchange.platform.journal;

import java.time.Instant;

/** One hop of a timeline as the console shows it. */
public record HopView(String messageId, String businessKey, String type, Hop hop, String actor, Instant at,
        String detail) {

    static HopView of(JournalEntry entry) {
        return new HopView(entry.messageId(), entry.correlationId(), entry.messageType(), entry.hop(), entry.actor(),
                entry.at(), entry.detail());
    }
}
