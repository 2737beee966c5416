package io.interchange.platform.bus;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the outbox relay over some rows: each row is sent on its own, so a row the broker
 * refuses is noted and the rows behind it still go out.
 */
record RelayPass(List<String> sent, List<Refusal> refused) {

    /** Puts one row on its queue; throws when the broker refuses it. */
    @FunctionalInterface
    interface Send {
        void send(OutboxMessage row) throws Exception;
    }

    /** A row the broker did not take, and why. */
    record Refusal(OutboxMessage row, Exception cause) {
    }

    static RelayPass over(List<OutboxMessage> rows, Send send) {
        return over(rows, send, () -> false);
    }

    /** As {@link #over(List, Send)}, ending early once {@code stop} says so: the rows not sent stay for a later pass. */
    static RelayPass over(List<OutboxMessage> rows, Send send, java.util.function.BooleanSupplier stop) {
        List<String> sent = new ArrayList<>(rows.size());
        List<Refusal> refused = new ArrayList<>();
        for (OutboxMessage row : rows) {
            if (stop.getAsBoolean()) {
                break;
            }
            try {
                send.send(row);
                sent.add(row.id());
            } catch (Exception e) {
                refused.add(new Refusal(row, e));
            }
        }
        return new RelayPass(List.copyOf(sent), List.copyOf(refused));
    }
}
