package io.interchange.platform.bus;

import io.interchange.platform.catalog.ActiveCatalog;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.contract.Routes;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.mapping.StandardMessage;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.subscription.Subscribers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Fan-out of a message to every subscriber, in the transaction that publishes it. There are two
 * kinds of subscriber, and one message reaches all that match:
 * <ul>
 * <li>the coded contexts, subscribed in their {@code MessageContract} by type ({@link Routes}): one
 * {@code OUTBOX_MESSAGE} per context, to its own queue, with the message's own id;</li>
 * <li>the catalog's subscriptions: one {@code OUTBOX_MESSAGE} per matching subscription, to the one
 * {@link #QUEUE}, each a delivery of its own (id derived from the message and the subscription,
 * {@code targetsystem} and {@code operation} set).</li>
 * </ul>
 * All rows commit with the message or none do, so a crash misses no subscriber; each consumer's
 * ledger keeps each delivery exactly once. A subscription whose data filter fails on the message
 * gets its delivery stored in the errors queue at once (naming the filter's error): an operator
 * may resubmit it, which delivers it.
 */
@ApplicationScoped
public class Fanout {

    /** Where every delivery to a catalog system waits for its consumer. */
    public static final String QUEUE = "CatalogDeliveries";
    static final String ACTOR = "fan-out";

    /** Where one message went: the contexts' queues, and how many catalog subscriptions (failed filters included). */
    public record Recipients(List<String> queues, int subscriptions) {

        public boolean any() {
            return !queues.isEmpty() || subscriptions > 0;
        }
    }

    @Inject
    Routes routes;

    @Inject
    Catalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    Journal journal;

    @Inject
    FailedMessages failures;

    /** Whether a context or a subscription of the catalog takes the message (a failing data filter counts). */
    public boolean hasSubscribers(Envelope message) {
        return !routes.queuesFor(message.type()).isEmpty() || !matches(message).isEmpty();
    }

    /** Writes the message to every context's queue and one delivery per matching subscription, in the caller's transaction. */
    public Recipients deliver(Envelope message) {
        List<String> queues = routes.queuesFor(message.type());
        queues.forEach(queue -> outbox.add(queue, message, Duration.ZERO));
        List<Subscribers.Match> matches = matches(message);
        for (Subscribers.Match match : matches) {
            SystemDescription system = match.system();
            String operation = match.subscription().operation();
            Envelope delivery = deliveryOf(message, system.system(), match.subscription().name(), operation);
            String consumer = consumer(system.system(), operation);
            if (match.failed()) {
                failures.record(delivery, consumer, QUEUE, system.system(), "the filter of subscription "
                        + match.subscription().name() + " failed: " + match.failure().getMessage());
                continue;
            }
            outbox.add(QUEUE, delivery, Duration.ZERO);
            journal.record(delivery, Hop.ENQUEUED, ACTOR,
                    consumer + " (subscription " + match.subscription().name() + ")");
        }
        return new Recipients(queues, matches.size());
    }

    /** The consumer name a catalog delivery is handled, retried, parked and ledgered under. */
    public static String consumer(String system, String operation) {
        return system + "/" + operation;
    }

    /** The delivery of a message to one subscription: the message with its own derived id, addressed. */
    static Envelope deliveryOf(Envelope message, String system, String subscription, String operation) {
        String id = UUID.nameUUIDFromBytes((message.id() + "|" + system + "|" + subscription)
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new Envelope(id, message.source(), message.type(), message.subject(), message.time(), message.data(),
                message.correlationId(), message.id(), system, operation, message.deliveryKind(), 0, null);
    }

    private List<Subscribers.Match> matches(Envelope message) {
        List<SystemDescription> systems = catalog.active().stream().map(ActiveCatalog.Entry::system).toList();
        return systems.isEmpty() ? List.of() : Subscribers.of(StandardMessage.of(message), systems);
    }
}
