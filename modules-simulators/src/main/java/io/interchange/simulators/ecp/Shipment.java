package io.interchange.simulators.ecp;

import java.time.Instant;
import java.util.List;

/** A shipment the platform recorded on an order. */
public record Shipment(String id, String carrier, String trackingNumber, String shippedAt, List<Line> lines,
        Instant recordedAt) {

    public Shipment {
        lines = List.copyOf(lines);
    }

    /** A shipped quantity of a SKU. */
    public record Line(String sku, int quantity) {
    }
}
