package io.interchange.simulators.warehouse;

import java.time.Instant;

/** A pick order that has lines and no shipment yet. */
record WaitingOrder(String orderId, Instant receivedAt) {
}
