package io.interchange.platform.bus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often the broker refused each outbox row. A row refused {@code limit} times while the
 * broker took a connection is a message the broker will never take (e.g. a control character in
 * a property): the relay sets it aside as a failed message instead of trying it for ever.
 * Counted in memory: after a restart a bad row gets its tries again, which costs a few seconds.
 */
final class SendRefusals {

    private final int limit;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    SendRefusals(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit of refused sends must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /** Counts one refusal; true when the row has now been refused {@code limit} times and must be set aside. */
    boolean refused(String rowId) {
        return counts.merge(rowId, 1, Integer::sum) >= limit;
    }

    int count(String rowId) {
        return counts.getOrDefault(rowId, 0);
    }

    /** The row was sent or set aside. */
    void forget(String rowId) {
        counts.remove(rowId);
    }

    int limit() {
        return limit;
    }
}
