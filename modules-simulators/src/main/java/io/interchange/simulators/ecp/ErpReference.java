package io.interchange.simulators.ecp;

/** The ERP sales order an order was booked as, written back by the platform. */
public record ErpReference(String erpOrderId, String erpOrderNumber) {
}
