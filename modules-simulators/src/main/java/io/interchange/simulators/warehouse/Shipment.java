package io.interchange.simulators.warehouse;

import java.time.Instant;

/** A row of {@code SHIPMENT}: a pick order handed to the carrier. */
public record Shipment(long shipmentId, String orderId, String carrier, String trackingNumber, Instant shippedAt) {
}
