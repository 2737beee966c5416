package io.interchange.platform.bus;

import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends envelopes to queues, through the {@link Outbox}: a send inside a transaction reaches its
 * queue if, and only if, that transaction commits, whatever crashes in between.
 */
@ApplicationScoped
public class MessageBus {

    @Inject
    Outbox outbox;

    @Inject
    Fanout fanout;

    public void send(String queue, Envelope envelope) {
        send(queue, envelope, Duration.ZERO);
    }

    /** Sends with a JMS delivery delay: the broker holds the message until then (retry backoff). */
    public void send(String queue, Envelope envelope, Duration delay) {
        outbox.add(queue, envelope, delay);
    }

    /**
     * Publishes an envelope to every subscriber ({@link Fanout}): each context subscribed to its
     * type, and each catalog subscription it matches.
     *
     * @throws IllegalStateException when nothing takes the type: no contract routes it, no subscription matches
     */
    public void publish(Envelope message) {
        if (!publishIfTaken(message)) {
            throw new IllegalStateException("no context takes messages of type " + message.type()
                    + ": no contract routes it and no catalog subscription matches it");
        }
    }

    /** Publishes like {@link #publish(Envelope)}; a message nothing takes is not sent (e.g. a reply nobody subscribed to). */
    public boolean publishIfTaken(Envelope message) {
        return fanout.deliver(message).any();
    }

    /**
     * Publishes a context's message (a JSON record) caused by another message, to every
     * subscriber of its type. The id is derived from the cause and the type, so handling the cause
     * twice could never publish two different messages.
     */
    public Envelope publish(String source, String type, Object payload, Envelope cause) {
        return publish(source, type, payload, cause, cause.correlationId());
    }

    /** Publishes under another business key than the cause's (e.g. the shop's order number, the ERP's only key). */
    public Envelope publish(String source, String type, Object payload, Envelope cause, String businessKey) {
        String id = UUID.nameUUIDFromBytes((cause.id() + "|" + cause.retryCount() + "|" + type)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Envelope message = new Envelope(id, source, type, null, Instant.now(), CanonicalJson.write(payload),
                businessKey, cause.id(), null, null, DeliveryKind.ORIGINAL, 0, null);
        publish(message);
        return message;
    }
}
