package io.interchange.simulators.warehouse;

/**
 * The rows of the warehouse's tables, and the most pick orders one order number has (1 when
 * every order arrived exactly once).
 */
public record WarehouseCounts(long pickOrders, long pickLines, long shipments, long pickOrdersPerOrderNumberMax) {
}
