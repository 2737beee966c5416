package io.interchange.orders.sync;

/** The shop status that an ERP sales order status means. */
final class ShopStatus {

    private ShopStatus() {
    }

    /** @return the shop status, or null when the ERP status implies no change for the shop */
    static String of(String erpStatus) {
        if (erpStatus == null) {
            return null;
        }
        return switch (erpStatus) {
            case "Released" -> "IN_PROGRESS";
            case "Shipped", "Invoiced" -> "SHIPPED";
            case "Cancelled" -> "CANCELLED";
            default -> null; // Draft, Open: still awaiting fulfilment
        };
    }
}
