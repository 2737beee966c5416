package io.interchange.registration.signup;

import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import io.interchange.registration.api.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a paid registration and fans it out, in one transaction: the row and the three
 * activity messages (outbox) commit together, so either all three activities will run or the
 * registration does not exist.
 */
@ApplicationScoped
public class RegistrationBook {

    static final String SOURCE = "/interchange/registration";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    MessageBus bus;

    @Inject
    Journal journal;

    @Transactional
    public void record(RegistrationDetails details, String paymentOrderId, String captureId) {
        if (em.find(Registration.class, details.registrationId()) != null) {
            return; // the same form sent twice: the first one is the registration
        }
        String json = CanonicalJson.write(details);
        Instant now = Instant.now();
        em.persist(new Registration(details, paymentOrderId, captureId, json, now));
        for (Activity activity : Activity.values()) {
            Envelope message = new Envelope(messageId(details.registrationId(), activity), SOURCE, activity.messageType(),
                    null, now, json, details.registrationId(), null, activity.targetSystem(), activity.name(),
                    null, 0, null);
            bus.publish(message);
            journal.record(message, Hop.PUBLISHED, "registration", "paid " + details.currency() + " " + details.amount());
        }
        em.flush();
    }

    public Optional<RegistrationStatus> status(String registrationId) {
        return Optional.ofNullable(em.find(Registration.class, registrationId)).map(r -> {
            RegistrationDetails d = CanonicalJson.read(r.details(), RegistrationDetails.class);
            return new RegistrationStatus(r.id(), r.status().name(), d.eventName(), d.ticketName(),
                    d.currency() + " " + d.amount(), d.email(), r.isDone(Activity.SAVE),
                    r.isDone(Activity.CONFIRMATION_EMAIL), r.isDone(Activity.MAILING_LIST));
        });
    }

    static String messageId(String registrationId, Activity activity) {
        return UUID.nameUUIDFromBytes((registrationId + "|" + activity.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
