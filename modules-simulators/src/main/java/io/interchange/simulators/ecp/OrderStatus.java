package io.interchange.simulators.ecp;

import java.util.Optional;

/** The order statuses the shop accepts. */
public enum OrderStatus {
    AWAITING_FULFILLMENT, IN_PROGRESS, PARTIALLY_SHIPPED, SHIPPED, CANCELLED;

    public static Optional<OrderStatus> parse(String value) {
        for (OrderStatus status : values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
