package io.interchange.simulators.warehouse;

import java.time.Instant;
import java.util.List;

/** A row of {@code PICK_ORDER} with its lines and the shipments made for it, oldest first. */
public record PickOrder(String orderId, String orderNumber, String customerName, String shipTo, String note,
        Instant receivedAt, List<PickLine> lines, List<Shipment> shipments) {
}
