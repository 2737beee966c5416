package io.interchange.simulators.ecp;

/** One line of an order: quantity times unit price of a SKU. */
public record OrderLine(String lineId, String sku, String name, int quantity, Money unitPrice) {

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
