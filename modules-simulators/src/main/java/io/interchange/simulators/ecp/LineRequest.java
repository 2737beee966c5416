package io.interchange.simulators.ecp;

/**
 * A line asked for in {@code POST /sim/ecp/orders}: a SKU (from the catalogue or new), and
 * optionally name, quantity (default 1) and unit price (default the catalogue price).
 */
public record LineRequest(String sku, String name, Integer quantity, String unitPrice) {
}
