package io.interchange.platform.bus;

import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.ledger.Ledger;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every message-driven bean does with a message, so that each MDB stays ten lines:
 * read the envelope, skip it if already handled, run the effect, and keep a message that keeps
 * failing in the database instead of letting OpenMQ loop it or drop it into its dead message queue.
 * Runs in the MDB's container transaction.
 */
@ApplicationScoped
public class InboundDelivery {

    private static final Logger LOG = Logger.getLogger(InboundDelivery.class.getName());

    @Inject
    Ledger ledger;

    @Inject
    Journal journal;

    @Inject
    FailedMessages failures;

    /**
     * Deliveries before a message is recorded as failed. Below the resource adapter's own limit
     * (6 redeliveries, then its DMQ), so the platform always decides first.
     */
    @Inject
    @ConfigProperty(name = "interchange.delivery.max-attempts", defaultValue = "4")
    int maxAttempts;

    public void receive(String consumer, Message message, Consumer<Envelope> effect) {
        Envelope envelope;
        int delivery;
        try {
            envelope = JmsBinding.read(message);
            delivery = message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, consumer + " dropped an unreadable message", e);
            return;
        }
        if (delivery > maxAttempts) {
            failures.record(envelope, consumer, "gave up after " + maxAttempts + " attempts; see ATTEMPT_FAILED hops");
            return;
        }
        try {
            ledger.handleOnce(consumer, envelope, effect);
        } catch (RuntimeException e) {
            journal.recordAlone(envelope, Hop.ATTEMPT_FAILED, consumer, "attempt " + delivery + ": " + describe(e));
            throw e;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
