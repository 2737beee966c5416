package io.interchange.simulators.warehouse;

/** A row of {@code PICK_LINE}: what to pick for an order. */
public record PickLine(int lineNo, String sku, int quantity) {
}
