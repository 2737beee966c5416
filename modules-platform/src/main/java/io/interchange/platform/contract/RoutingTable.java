package io.interchange.platform.contract;

import io.interchange.platform.subscription.Wildcard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The contexts' subscriptions: message type (with {@code *} wildcards, as in a catalog
 * subscription) to the queue of each context that takes it. One type may go to several contexts;
 * each gets its own copy on its own queue.
 */
public final class RoutingTable {

    private record Entry(String pattern, Wildcard type, String queue) {
    }

    private final List<Entry> entries;

    private RoutingTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static RoutingTable of(Collection<MessageContract> contracts) {
        List<Entry> entries = new ArrayList<>();
        for (MessageContract contract : contracts) {
            contract.consumes().stream().sorted()
                    .forEach(pattern -> entries.add(new Entry(pattern, Wildcard.of(pattern), contract.queue())));
        }
        return new RoutingTable(entries);
    }

    /** The queues of every context subscribed to the type, each once, in the contracts' order. */
    public List<String> queuesFor(String type) {
        Set<String> queues = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (entry.type().matches(type)) {
                queues.add(entry.queue());
            }
        }
        return List.copyOf(queues);
    }

    public Set<String> queues() {
        Set<String> queues = new LinkedHashSet<>();
        entries.forEach(entry -> queues.add(entry.queue()));
        return queues;
    }
}
