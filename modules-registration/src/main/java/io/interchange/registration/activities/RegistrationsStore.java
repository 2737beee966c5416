package io.interchange.registration.activities;

import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.message.Envelope;
import io.interchange.registration.signup.Activity;
import io.interchange.registration.signup.Registration;
import io.interchange.registration.signup.RegistrationDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The "save" activity: writes the registrations store's record, and marks the step, in one transaction. */
@ApplicationScoped
public class RegistrationsStore {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    FanIn fanIn;

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Envelope message) {
        RegistrationDetails details = CanonicalJson.read(message.data(), RegistrationDetails.class);
        Registration registration = fanIn.lock(details.registrationId());
        if (registration.isDone(Activity.SAVE)) {
            return;
        }
        if (em.find(RegistrationRecord.class, details.registrationId()) == null) {
            em.persist(new RegistrationRecord(details, Instant.now()));
        }
        fanIn.done(registration, Activity.SAVE);
    }
}
