package io.interchange.registration.signup;

import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailedMessageQuery;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.registration.api.RegistrationRecords;
import io.interchange.registration.api.RegistrationSummary;
import io.interchange.registration.api.StepState;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link RegistrationRecords}: the book's registrations with each step's state. A step not done
 * is FAILED while its message has an open entry in the errors queue (found by the registration id,
 * the steps' business key), else PENDING. A stateless EJB for the reason given on {@link Registrar}.
 */
@Stateless
@Local(RegistrationRecords.class)
public class RecordedRegistrations implements RegistrationRecords {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    FailedMessages failures;

    @Override
    public long count() {
        return em.createQuery("select count(r) from Registration r", Long.class).getSingleResult();
    }

    @Override
    public List<RegistrationSummary> newestFirst(int first, int size) {
        return em.createQuery("select r from Registration r order by r.registeredAt desc, r.id desc", Registration.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList().stream().map(this::summary).toList();
    }

    private RegistrationSummary summary(Registration r) {
        RegistrationDetails d = CanonicalJson.read(r.details(), RegistrationDetails.class);
        Map<Activity, Long> failed = r.status() == Registration.Status.COMPLETE ? Map.of() : openFailures(r.id());
        return new RegistrationSummary(r.id(), r.registeredAt(), r.status().name(), d.eventName(), d.ticketName(),
                r.email(), d.currency() + " " + d.amount(), r.captureId(), step(r, Activity.SAVE, failed),
                step(r, Activity.CONFIRMATION_EMAIL, failed), step(r, Activity.MAILING_LIST, failed));
    }

    static StepState step(Registration r, Activity activity, Map<Activity, Long> failed) {
        if (r.isDone(activity)) {
            return new StepState(StepState.State.DONE, r.doneAt(activity), null);
        }
        Long failedMessageId = failed.get(activity);
        return new StepState(failedMessageId == null ? StepState.State.PENDING : StepState.State.FAILED, null,
                failedMessageId);
    }

    /** The newest open errors-queue entry of each of the registration's steps. */
    private Map<Activity, Long> openFailures(String registrationId) {
        Map<Activity, Long> open = new EnumMap<>(Activity.class);
        for (FailedMessage failure : failures.search(new FailedMessageQuery(null, null, null, FailureStatus.OPEN,
                registrationId, null, null, 20))) {
            for (Activity activity : Activity.values()) {
                if (activity.messageType().equals(failure.messageType())) {
                    open.putIfAbsent(activity, failure.id());
                }
            }
        }
        return open;
    }
}
