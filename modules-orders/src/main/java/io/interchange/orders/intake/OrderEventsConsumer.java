package io.interchange.orders.intake;

import io.interchange.platform.bus.InboundDelivery;
import io.interchange.platform.bus.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes shop order events off the OrdersInbound queue and hands them to {@link OrderEventLog}. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // The physical name, not a java:app lookup: Payara rejects the lookup after a restart.
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.ORDERS_INBOUND)})
public class OrderEventsConsumer implements MessageListener {

    static final String CONSUMER = "orders";

    @Inject
    InboundDelivery delivery;

    @Inject
    OrderEventLog log;

    @Override
    public void onMessage(Message message) {
        delivery.receive(CONSUMER, message, log::record);
    }
}
