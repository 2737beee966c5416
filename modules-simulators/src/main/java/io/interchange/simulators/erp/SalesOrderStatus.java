package io.interchange.simulators.erp;

/** A sales order's status as Business Central writes it. */
public enum SalesOrderStatus {
    DRAFT("Draft"), OPEN("Open"), RELEASED("Released"), SHIPPED("Shipped"), INVOICED("Invoiced"),
    CANCELLED("Cancelled");

    private final String wire;

    SalesOrderStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Whether the order can still move on (it is neither invoiced nor cancelled). */
    public boolean open() {
        return this != INVOICED && this != CANCELLED;
    }
}
