package io.interchange.platform.inbound;

import io.interchange.platform.bus.JmsBinding;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.RetryPolicy;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.intake.IntakePriority;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.ledger.Ledger;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.persistence.ContainerResources;
import io.interchange.platform.persistence.DatabaseGuard;
import io.interchange.platform.systems.Parking;
import io.interchange.platform.systems.Systems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every message-driven bean does with a message, so that each MDB stays ten lines. Runs in
 * the MDB's container transaction; the effect runs in its own (see {@link Ledger#handleOnce}).
 * <ul>
 * <li>not a readable envelope (a foreign or damaged message): stored as failed with its JMS id
 * and text, never dropped;</li>
 * <li>target system not online: parked (see {@link Parking}), acknowledged, no retry spent;</li>
 * <li>already handled: skipped (at-least-once bus, exactly-once effect);</li>
 * <li>{@link TransientFailure}: a retry message (same id, retry count + 1) is sent back to the
 * same queue with a backoff delay, and the original acknowledged; past the system's retry
 * threshold the message is stored as failed instead;</li>
 * <li>{@link PermanentFailure}: stored as failed at once;</li>
 * <li>the database away: the delivery waits until it answers again ({@link DatabaseGuard}), then
 * rolls back for redelivery, so an outage does not use up the message's attempts;</li>
 * <li>anything else (an error nobody foresaw, a bug): journaled, then retried like a transient
 * failure but within {@code interchange.delivery.max-attempts} attempts, then stored as failed.
 * Not left to the broker's redelivery: the resource adapter redelivers at once and, after a few
 * tries, moves the message to OpenMQ's lossy dead message queue. Only when the delivery's own
 * transaction is doomed does it roll back; {@code JMSXDeliveryCount} then bounds the redeliveries.</li>
 * </ul>
 */
@ApplicationScoped
public class InboundDelivery {

    private static final Logger LOG = Logger.getLogger(InboundDelivery.class.getName());
    static final String UNREADABLE_SOURCE = "/interchange/bus";
    static final String UNREADABLE_TYPE = "interchange.unreadable";

    @Inject
    Ledger ledger;

    @Inject
    Journal journal;

    @Inject
    FailedMessages failures;

    @Inject
    RetryPolicy retryPolicy;

    @Inject
    MessageBus bus;

    @Inject
    Systems systems;

    @Inject
    Parking parking;

    @Inject
    DatabaseGuard database;

    @Inject
    IntakePriority intakePriority;

    @Inject
    @ConfigProperty(name = "interchange.delivery.max-attempts", defaultValue = "4")
    int maxAttempts;

    public void receive(String consumer, Message message, Consumer<Envelope> effect) {
        receive(consumer, null, message, effect);
    }

    /**
     * @param targetSystem the system the consumer's effects call ({@code ecp}, {@code erp}): while it
     *                     is not online its messages are parked instead of tried; null for none
     */
    public void receive(String consumer, String targetSystem, Message message, Consumer<Envelope> effect) {
        intakePriority.lowerThisConsumer();
        try {
            deliver(consumer, targetSystem, message, effect);
        } catch (RuntimeException e) {
            // a failure because the database is away must not spend the message's delivery attempts
            database.holdWhileDown(consumer);
            throw e;
        }
    }

    private void deliver(String consumer, String targetSystem, Message message, Consumer<Envelope> effect) {
        Envelope envelope;
        int delivery;
        String queue;
        try {
            envelope = JmsBinding.read(message);
            delivery = message.getIntProperty("JMSXDeliveryCount");
            queue = ((Queue) message.getJMSDestination()).getQueueName();
        } catch (JMSException | RuntimeException e) {
            // not one of ours (or damaged): kept as failed with whatever it carries, never dropped
            LOG.log(Level.WARNING, consumer + " cannot read a message; it goes to the errors queue", e);
            failures.record(unreadable(message), consumer, queueOf(message), null,
                    "unreadable message: " + describe(e));
            return;
        }
        if (delivery > maxAttempts) {
            failures.record(envelope, consumer, queue, null,
                    "gave up after " + maxAttempts + " deliveries; see ATTEMPT_FAILED hops");
            return;
        }
        if (targetSystem != null && !systems.isOnline(targetSystem)) {
            parking.park(targetSystem, queue, consumer, envelope, systems.state(targetSystem));
            return;
        }
        try {
            ledger.handleOnce(consumer, envelope, effect);
            systems.succeeded(targetSystem);
        } catch (TransientFailure failure) {
            // the message in hand is retried as usual; once the breaker is open its retry is parked
            systems.failed(failure);
            retryOrGiveUp(consumer, queue, envelope, failure);
        } catch (PermanentFailure failure) {
            // journaled as an attempt too, so that the failed message's attempts list every error
            journal.record(envelope, Hop.ATTEMPT_FAILED, consumer, failure.getMessage());
            failures.record(envelope, consumer, queue, failure.system(), failure.getMessage());
        } catch (RuntimeException e) {
            int attempt = Math.max(delivery, envelope.retryCount() + 1);
            journal.recordAlone(envelope, Hop.ATTEMPT_FAILED, consumer, "attempt " + attempt + ": " + describe(e));
            if (ContainerResources.transactions().getRollbackOnly()) {
                throw e;
            }
            retryUnforeseenOrGiveUp(consumer, queue, envelope, attempt, e);
        }
    }

    private void retryUnforeseenOrGiveUp(String consumer, String queue, Envelope envelope, int attempt,
            RuntimeException error) {
        if (attempt >= maxAttempts) {
            failures.record(envelope, consumer, queue, null,
                    "gave up after " + maxAttempts + " attempts: " + describe(error));
            return;
        }
        Envelope retry = envelope.asRetry(Instant.now());
        Duration delay = retryPolicy.delayBefore(retry.retryCount(), null);
        bus.send(queue, retry, delay);
        journal.record(retry, Hop.RETRY_SCHEDULED, consumer,
                "attempt " + (attempt + 1) + " of " + maxAttempts + " in " + delay.toMillis() + " ms");
    }

    private void retryOrGiveUp(String consumer, String queue, Envelope envelope, TransientFailure failure) {
        int maxRetries = retryPolicy.maxRetries(failure.system());
        journal.record(envelope, Hop.ATTEMPT_FAILED, consumer, failure.getMessage());
        if (envelope.retryCount() >= maxRetries) {
            failures.record(envelope, consumer, queue, failure.system(),
                    "still failing after " + maxRetries + " retries: " + failure.getMessage());
            return;
        }
        Envelope retry = envelope.asRetry(Instant.now());
        Duration delay = retryPolicy.delayBefore(failure.system(), retry.retryCount(), failure.retryAfter());
        bus.send(queue, retry, delay);
        journal.record(retry, Hop.RETRY_SCHEDULED, consumer,
                "retry " + retry.retryCount() + " of " + maxRetries + " in " + delay.toMillis() + " ms");
    }

    /** What can be kept of a message that is not a readable envelope: its JMS id and its text. */
    static Envelope unreadable(Message message) {
        String id;
        String text = null;
        try {
            id = message.getJMSMessageID();
            if (message instanceof TextMessage textMessage) {
                text = textMessage.getText();
            }
        } catch (JMSException e) {
            id = null;
        }
        return new Envelope(id == null ? UUID.randomUUID().toString() : id, UNREADABLE_SOURCE, UNREADABLE_TYPE, null,
                Instant.now(), text == null ? "" : text, null, null, null, null, null, 0, null);
    }

    private static String queueOf(Message message) {
        try {
            return message.getJMSDestination() instanceof Queue queue ? queue.getQueueName() : "unknown";
        } catch (JMSException e) {
            return "unknown";
        }
    }

    /**
     * The error as journaled and shown by the API. A database error is told by its SQL state only:
     * the driver's message quotes SQL text, table and constraint names and values; it goes to the log.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        java.sql.SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof java.sql.SQLException found && sql == null) {
                sql = found;
            }
        }
        if (sql != null) {
            String state = sql.getSQLState();
            LOG.log(Level.WARNING, "database error (SQL state " + state + ")", e);
            return "the database refused the change (SQL state " + state
                    + (state != null && state.startsWith("23") ? ", a uniqueness or integrity rule of the data was broken" : "") + ")";
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
