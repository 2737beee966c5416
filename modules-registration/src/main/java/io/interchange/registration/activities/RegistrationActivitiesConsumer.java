package io.interchange.registration.activities;

import io.interchange.platform.bus.InboundDelivery;
import io.interchange.platform.bus.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Takes registration activities off their queue. The activities themselves (save, email,
 * mailing list) are the registration work; until then an activity is acknowledged and journaled.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.REGISTRATION_ACTIVITIES)})
public class RegistrationActivitiesConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RegistrationActivitiesConsumer.class.getName());

    @Inject
    InboundDelivery delivery;

    @Override
    public void onMessage(Message message) {
        delivery.receive("registration", message,
                activity -> LOG.fine(() -> "registration activity " + activity.type() + " received"));
    }
}
