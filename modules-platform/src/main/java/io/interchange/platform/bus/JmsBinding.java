package io.interchange.platform.bus;

import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Instant;

/**
 * Maps an {@link Envelope} to and from a JMS message, following the CloudEvents JMS binding:
 * attributes and extensions are {@code cloudEvents_<name>} properties, the data is the body.
 */
public final class JmsBinding {

    static final String PREFIX = "cloudEvents_";
    public static final String TYPE_PROPERTY = PREFIX + "type";

    private JmsBinding() {
    }

    public static void write(Envelope envelope, TextMessage message) throws JMSException {
        message.setText(envelope.data());
        message.setStringProperty(PREFIX + "specversion", Envelope.SPEC_VERSION);
        message.setStringProperty(PREFIX + "id", envelope.id());
        message.setStringProperty(PREFIX + "source", envelope.source());
        message.setStringProperty(TYPE_PROPERTY, envelope.type());
        message.setStringProperty(PREFIX + "datacontenttype", "application/json");
        setIfPresent(message, "subject", envelope.subject());
        setIfPresent(message, "time", envelope.time() == null ? null : envelope.time().toString());
        setIfPresent(message, "correlationid", envelope.correlationId());
        setIfPresent(message, "causationid", envelope.causationId());
        setIfPresent(message, "targetsystem", envelope.targetSystem());
        setIfPresent(message, "operation", envelope.operation());
        message.setStringProperty(PREFIX + "deliverykind", envelope.deliveryKind().wireName());
        message.setIntProperty(PREFIX + "retrycount", envelope.retryCount());
        setIfPresent(message, "firstattempt",
                envelope.firstAttemptAt() == null ? null : envelope.firstAttemptAt().toString());
        if (envelope.correlationId() != null) {
            message.setJMSCorrelationID(envelope.correlationId());
        }
    }

    /** Reads the envelope of a message; fails with an explanation when the message is not one of ours. */
    public static Envelope read(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("not a CloudEvents text message: " + message.getClass().getName());
        }
        String id = required(message, "id");
        return new Envelope(
                id,
                required(message, "source"),
                required(message, "type"),
                message.getStringProperty(PREFIX + "subject"),
                instant(message.getStringProperty(PREFIX + "time")),
                text.getText(),
                message.getStringProperty(PREFIX + "correlationid"),
                message.getStringProperty(PREFIX + "causationid"),
                message.getStringProperty(PREFIX + "targetsystem"),
                message.getStringProperty(PREFIX + "operation"),
                DeliveryKind.fromWire(message.getStringProperty(PREFIX + "deliverykind")),
                message.propertyExists(PREFIX + "retrycount") ? message.getIntProperty(PREFIX + "retrycount") : 0,
                instant(message.getStringProperty(PREFIX + "firstattempt")));
    }

    private static String required(Message message, String attribute) throws JMSException {
        String value = message.getStringProperty(PREFIX + attribute);
        if (value == null) {
            throw new IllegalArgumentException("JMS message " + message.getJMSMessageID()
                    + " lacks the CloudEvents attribute " + attribute);
        }
        return value;
    }

    private static void setIfPresent(Message message, String attribute, String value) throws JMSException {
        if (value != null) {
            message.setStringProperty(PREFIX + attribute, value);
        }
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
