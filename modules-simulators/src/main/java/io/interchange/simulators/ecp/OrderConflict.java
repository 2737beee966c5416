package io.interchange.simulators.ecp;

/** A write that contradicts the order's state, e.g. a second, different ERP reference. */
public class OrderConflict extends RuntimeException {

    public OrderConflict(String message) {
        super(message);
    }
}
