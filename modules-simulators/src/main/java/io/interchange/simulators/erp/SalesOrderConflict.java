package io.interchange.simulators.erp;

/** A change the sales order's status does not allow (cancel a shipped order, advance an invoiced one). */
public class SalesOrderConflict extends RuntimeException {

    public SalesOrderConflict(String message) {
        super(message);
    }
}
