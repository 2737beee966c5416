package io.interchange.platform.systems;

import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Parks messages for a system that is not online, and drains them back to their queues. */
@ApplicationScoped
public class Parking {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Journal journal;

    @Inject
    MessageBus bus;

    /** In the MDB's transaction: the row and the acknowledgement commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void park(String system, String queue, String consumer, Envelope message, SystemState why) {
        Instant now = Instant.now(); // one time for the row and the hop: the drain's order is the timeline's
        em.persist(new ParkedMessage(system, queue, consumer, message, now));
        journal.record(message, Hop.PARKED, consumer, system + " is " + why + "; retry count "
                + message.retryCount() + " kept", now);
    }

    /**
     * Sends the oldest {@code limit} parked messages of a system back to their queues, in one
     * transaction with the deletion of their rows: a crash leaves each either parked or sent.
     *
     * @return how many were sent
     */
    @Transactional
    public int drain(String system, int limit) {
        List<ParkedMessage> oldest = em.createQuery("select p from ParkedMessage p where p.system = :system"
                + " order by p.parkedAt, p.id", ParkedMessage.class)
                .setParameter("system", system).setMaxResults(limit).getResultList();
        Instant now = Instant.now();
        for (ParkedMessage parked : oldest) {
            Envelope message = parked.envelope();
            bus.send(parked.queue(), message);
            journal.record(message, Hop.UNPARKED, parked.consumer(), system + " online; parked "
                    + Duration.between(parked.parkedAt(), now).toMillis() + " ms");
            em.remove(parked);
        }
        em.flush();
        return oldest.size();
    }

    @Transactional
    public long count(String system) {
        return em.createQuery("select count(p) from ParkedMessage p where p.system = :system", Long.class)
                .setParameter("system", system).getSingleResult();
    }

    @Transactional
    public Optional<Instant> oldest(String system) {
        return em.createQuery("select p.parkedAt from ParkedMessage p where p.system = :system"
                + " order by p.parkedAt", Instant.class).setParameter("system", system).setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
