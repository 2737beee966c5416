package io.interchange.platform.runtime;

import io.interchange.platform.bus.Fanout;
import io.interchange.platform.http.OperationDelivery;
import io.interchange.platform.inbound.InboundDelivery;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes every delivery to a catalog system off {@link Fanout#QUEUE}. Each is handled under the
 * consumer name {@code <system>/<operation>} and parked, retried, ledgered and failed for its
 * own system, so a system that is away holds back nobody else's deliveries.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Fanout.QUEUE)})
public class CatalogDeliveryConsumer implements MessageListener {

    @Inject
    InboundDelivery delivery;

    @Inject
    OperationDelivery operations;

    @Override
    public void onMessage(Message message) {
        String system = property(message, "cloudEvents_targetsystem");
        String operation = property(message, "cloudEvents_operation");
        delivery.receive(Fanout.consumer(system, operation), system, message, operations::deliver);
    }

    private static String property(Message message, String name) {
        try {
            String value = message.getStringProperty(name);
            return value == null || value.isBlank() ? "unaddressed" : value;
        } catch (JMSException e) {
            return "unaddressed";
        }
    }
}
