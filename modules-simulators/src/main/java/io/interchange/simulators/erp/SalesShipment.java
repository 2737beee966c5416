package io.interchange.simulators.erp;

import java.time.Instant;
import java.util.List;

/** A shipment of a sales order (the ERP's warehouse shipped it). */
public record SalesShipment(String carrier, String trackingNumber, Instant shippedAt, List<SalesOrderLine> lines) {

    public SalesShipment {
        lines = List.copyOf(lines);
    }
}
