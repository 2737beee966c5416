package io.interchange.platform.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Finds a story by any key the journal holds: a business key (shop order id, the shop's order
 * number on the ERP side, a registration id) or the id of one of its messages (an event id).
 */
@ApplicationScoped
public class Timelines {

    @Inject
    Journal journal;

    public List<HopView> find(String key) {
        if (key == null || key.isBlank()) {
            return List.of();
        }
        String wanted = key.trim();
        List<JournalEntry> byKey = journal.timelineOfBusinessKey(wanted);
        if (!byKey.isEmpty()) {
            return byKey.stream().map(HopView::of).toList();
        }
        List<JournalEntry> byMessage = journal.timelineOfMessage(wanted);
        String businessKey = byMessage.stream().map(JournalEntry::correlationId).filter(k -> k != null).findFirst()
                .orElse(null);
        List<JournalEntry> story = businessKey == null ? byMessage : journal.timelineOfBusinessKey(businessKey);
        return story.stream().map(HopView::of).toList();
    }

    /** The failed attempts of one message, oldest first. */
    public List<HopView> attempts(String messageId) {
        return journal.hopsOfMessage(messageId, Hop.ATTEMPT_FAILED).stream().map(HopView::of).toList();
    }
}
