package io.interchange.erp.inbound;

import io.interchange.platform.bus.InboundDelivery;
import io.interchange.platform.bus.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Takes ERP change notifications off the ErpInbound queue. For now it acknowledges them
 * (journaled as consumed by {@code erp-connector}); fetching the sales order and publishing
 * the change to the orders context is the order-integration work.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.ERP_INBOUND)})
public class ErpEventsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ErpEventsConsumer.class.getName());

    @Inject
    InboundDelivery delivery;

    @Override
    public void onMessage(Message message) {
        delivery.receive("erp-connector", message,
                event -> LOG.fine(() -> "ERP change " + event.correlationId() + " received"));
    }
}
