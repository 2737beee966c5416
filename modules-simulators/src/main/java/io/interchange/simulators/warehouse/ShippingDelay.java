package io.interchange.simulators.warehouse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How long after a pick order arrives the worker ships it ({@code sim.warehouse.ship-after-seconds}). */
record ShippingDelay(Duration delay) {

    boolean due(WaitingOrder order, Instant now) {
        return !order.receivedAt().plus(delay).isAfter(now);
    }

    /** The ids of the waiting orders that are due, in the order given. */
    List<String> due(List<WaitingOrder> waiting, Instant now) {
        return waiting.stream().filter(order -> due(order, now)).map(WaitingOrder::orderId).toList();
    }
}
