package io.interchange.platform.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Message type to queue, as the contracts declare it. A type goes to one queue. */
public final class RoutingTable {

    private final Map<String, String> queues;

    private RoutingTable(Map<String, String> queues) {
        this.queues = Map.copyOf(queues);
    }

    /** @throws IllegalStateException when two contracts take the same type */
    public static RoutingTable of(Collection<MessageContract> contracts) {
        Map<String, String> queues = new HashMap<>();
        for (MessageContract contract : contracts) {
            for (String type : contract.consumes()) {
                String earlier = queues.putIfAbsent(type, contract.queue());
                if (earlier != null && !earlier.equals(contract.queue())) {
                    throw new IllegalStateException(type + " is taken off two queues: " + earlier + " and "
                            + contract.queue());
                }
            }
        }
        return new RoutingTable(queues);
    }

    public Optional<String> queueFor(String type) {
        return Optional.ofNullable(queues.get(type));
    }

    public Set<String> queues() {
        return new LinkedHashSet<>(queues.values());
    }
}
