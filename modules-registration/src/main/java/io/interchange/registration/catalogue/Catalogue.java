package io.interchange.registration.catalogue;

import io.interchange.registration.api.EventOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The events open for registration and their prices, from the database. */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "registration.demo-events", defaultValue = "true")
    boolean demoEvents;

    @Transactional
    public List<EventOffer> offers() {
        seedIfEmpty();
        return em.createQuery("select e from Event e where e.date >= :today order by e.date", Event.class)
                .setParameter("today", LocalDate.now()).getResultList().stream()
                .map(e -> new EventOffer(e.code(), e.name(), e.date(), e.venue(), e.tickets().stream()
                        .map(t -> new EventOffer.Ticket(t.code(), t.name(), t.amount(), TicketType.CURRENCY))
                        .toList()))
                .toList();
    }

    @Transactional
    public Optional<TicketType> ticket(String eventCode, String ticketCode) {
        seedIfEmpty();
        return em.createQuery("select t from TicketType t where t.event.code = :event and t.code = :code",
                TicketType.class).setParameter("event", eventCode).setParameter("code", ticketCode)
                .getResultList().stream().findFirst();
    }

    /** The demo's events, so that a newcomer can register at once; off in production ({@code registration.demo-events=false}). */
    private void seedIfEmpty() {
        if (!demoEvents || em.createQuery("select count(e) from Event e", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate in = LocalDate.now();
        em.persist(new Event("INTEGRATE-EUROPE", "Integrate Europe", in.plusMonths(2), "Amsterdam, RAI")
                .withTicket("STANDARD", "Standard", "250.00")
                .withTicket("WORKSHOP", "Conference + workshop day", "450.00"));
        em.persist(new Event("JAKARTA-DAY", "Jakarta EE Community Day", in.plusMonths(1), "Berlin, Kulturbrauerei")
                .withTicket("STANDARD", "Standard", "99.00")
                .withTicket("STUDENT", "Student", "25.00"));
        em.flush();
    }
}
