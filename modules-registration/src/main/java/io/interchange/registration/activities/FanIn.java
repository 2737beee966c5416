package io.interchange.registration.activities;

import io.interchange.registration.api.RegistrationCompleted;
import io.interchange.registration.signup.Activity;
import io.interchange.registration.signup.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Marks an activity done in the transaction of its effect, and completes the registration when
 * all three are. The row is locked, so two activities finishing at once cannot both miss the
 * other's mark and leave the registration incomplete.
 */
@ApplicationScoped
public class FanIn {

    private static final Logger LOG = Logger.getLogger(FanIn.class.getName());

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    Event<RegistrationCompleted> completed;

    /** The registration an activity works on, locked until the activity's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration lock(String registrationId) {
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new IllegalStateException("no registration " + registrationId);
        }
        return registration;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(Registration registration, Activity activity) {
        if (registration.done(activity, Instant.now())) {
            LOG.info(() -> "registration " + registration.id() + " complete");
            completed.fire(new RegistrationCompleted(registration.id(), registration.email()));
        }
    }
}
