package io.interchange.platform.bus;

import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;

/**
 * Sends envelopes to queues. Uses the container's JMS context, so a send inside a JTA
 * transaction is delivered only if that transaction commits.
 */
@ApplicationScoped
public class MessageBus {

    @Inject
    JMSContext jms;

    public void send(String queue, Envelope envelope) {
        try {
            TextMessage message = jms.createTextMessage();
            JmsBinding.write(envelope, message);
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(jms.createQueue(queue), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("could not send " + envelope.id() + " to " + queue + ": " + e.getMessage(),
                    e.getErrorCode(), e);
        }
    }
}
