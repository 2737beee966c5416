package io.interchange.platform.bus;

import java.util.List;

/**
 * Every queue of the bus, by its OpenMQ physical name. Declared here once; the run script
 * creates each as a physical destination with no message-count cap (an auto-created OpenMQ
 * queue rejects new messages beyond 100,000), reading this list from
 * {@code runtime/destinations.txt}; {@code QueuesTest} keeps the two equal.
 */
public final class Queues {

    /** Events for the orders context: {@code ecp.order.*}. */
    public static final String ORDERS_INBOUND = "OrdersInbound";

    /** Events for the ERP connector: {@code erp.salesorder.*}. */
    public static final String ERP_INBOUND = "ErpInbound";

    /** Activities of the registration fan-out. */
    public static final String REGISTRATION_ACTIVITIES = "RegistrationActivities";

    public static final List<String> ALL = List.of(ORDERS_INBOUND, ERP_INBOUND, REGISTRATION_ACTIVITIES);

    private Queues() {
    }
}
