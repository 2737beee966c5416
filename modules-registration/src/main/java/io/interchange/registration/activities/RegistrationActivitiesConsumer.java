package io.interchange.registration.activities;

import io.interchange.platform.bus.JmsBinding;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.inbound.InboundDelivery;
import io.interchange.registration.signup.Activity;
import io.interchange.registration.signup.RegistrationContract;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes the registration fan-out's activity messages off their queue; each activity is a
 * consumer of its own (its own ledger, its own retries, its own target system to park for).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = RegistrationContract.QUEUE)})
public class RegistrationActivitiesConsumer implements MessageListener {

    @Inject
    InboundDelivery delivery;

    @Inject
    RegistrationsStore store;

    @Inject
    ConfirmationEmail email;

    @Inject
    MailingList mailingList;

    @Override
    public void onMessage(Message message) {
        Activity activity = activityOf(message);
        if (activity == null) {
            delivery.receive("registration", message, unknown -> {
                throw new PermanentFailure("interchange", "the registration context does not handle " + unknown.type());
            });
            return;
        }
        delivery.receive(consumer(activity), activity.targetSystem(), message, switch (activity) {
            case SAVE -> store::save;
            case CONFIRMATION_EMAIL -> email::send;
            case MAILING_LIST -> mailingList::subscribe;
        });
    }

    static String consumer(Activity activity) {
        return "registration." + activity.name().toLowerCase().replace('_', '-');
    }

    private static Activity activityOf(Message message) {
        try {
            return Activity.ofMessageType(message.getStringProperty(JmsBinding.TYPE_PROPERTY));
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }
}
