package io.interchange.web.console;

import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.journal.JournalEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The console's front page: message counts and the latest hops of the journal. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    Journal journal;

    public long getReceived() {
        return journal.count(Hop.RECEIVED);
    }

    public long getConsumed() {
        return journal.count(Hop.CONSUMED);
    }

    public long getFailed() {
        return journal.count(Hop.FAILED);
    }

    public List<JournalEntry> getLatest() {
        return journal.latest(50);
    }
}
