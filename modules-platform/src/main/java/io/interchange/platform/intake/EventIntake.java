package io.interchange.platform.intake;

import io.interchange.platform.bus.Fanout;
import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepts events durably: for each new (source, id) the event row, its journal entries and
 * its JMS message commit in one JTA transaction, so "accepted" means stored and enqueued.
 * A batch is all-or-nothing.
 */
@ApplicationScoped
public class EventIntake {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Journal journal;


    @Inject
    EventRouting routing;

    @Inject
    Fanout fanout;

    /**
     * Checks every event against the client's rights, the routing table and its type's business
     * key, without storing anything.
     *
     * @throws InvalidEventException for an event type with no route, or a business key missing or malformed
     * @throws EventNotAllowedException for an event the client may not send, or from a source it does not own
     */
    public void check(ApiClient client, List<Envelope> events) {
        for (int i = 0; i < events.size(); i++) {
            Envelope event = events.get(i);
            String at = events.size() == 1 ? "" : "/" + i;
            if (!client.maySend(event.type())) {
                throw new EventNotAllowedException("the key of " + client.name() + " may not send events of type "
                        + event.type() + (events.size() == 1 ? "" : " (event " + i + ")"));
            }
            if (!client.ownsSource(event.source())) {
                throw new EventNotAllowedException("the key of " + client.name() + " may not send events from the source "
                        + event.source() + (events.size() == 1 ? "" : " (event " + i + ")")
                        + "; its sources are " + client.sources());
            }
            if (!fanout.hasSubscribers(event)) {
                throw new InvalidEventException(at + "/type", "no system handles events of type " + event.type());
            }
            routing.businessKey(event.type()).ifPresent(rule -> rule.keyOf(event.data(), at));
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public IntakeResult accept(ApiClient client, List<Envelope> events) {
        check(client, events);
        int accepted = 0;
        int duplicates = 0;
        Set<String> inThisRequest = new HashSet<>();
        Instant now = Instant.now();
        for (Envelope event : events) {
            if (!inThisRequest.add(event.source() + "\n" + event.id()) || isKnown(event)) {
                duplicates++;
                continue;
            }
            Envelope routed = event.withCorrelationId(businessKey(event));
            em.persist(new InboundEvent(routed, client.name(), now));
            journal.record(routed, Hop.RECEIVED, "intake", "from " + client.name());
            for (String queue : fanout.deliver(routed).queues()) {
                journal.record(routed, Hop.ENQUEUED, "intake", queue);
            }
            accepted++;
        }
        // Surface a concurrent duplicate's unique-key violation here rather than at commit.
        em.flush();
        return new IntakeResult(accepted, duplicates);
    }

    private boolean isKnown(Envelope event) {
        return !em.createQuery("select e.id from InboundEvent e where e.source = :source and e.eventId = :id")
                .setParameter("source", event.source())
                .setParameter("id", event.id())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private String businessKey(Envelope event) {
        return routing.businessKey(event.type())
                .map(rule -> rule.keyOf(event.data(), ""))
                .or(() -> java.util.Optional.ofNullable(event.subject()))
                .orElse(event.id());
    }
}
