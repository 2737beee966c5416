package io.interchange.simulators.ecp;

import java.time.Instant;

/** One entry of an order's status history. */
public record StatusChange(OrderStatus status, Instant at) {
}
