package io.interchange.registration.signup;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.registration.api.StepState;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedRegistrationsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final RegistrationDetails ADA = new RegistrationDetails("REG-ABCDEFGH", "E", "Event", "2027-01-21",
            "Venue", "STANDARD", "Standard", "250.00", "EUR", "Ada", "Lovelace", "ada@example.org", null, "Ada",
            "Street 1", "1011", "Amsterdam", "NL");

    @Test
    void aStepIsDoneWithItsTimeFailedWithItsErrorsQueueEntryOrElsePending() {
        Registration registration = new Registration(ADA, "ORDER", "CAPTURE", "{}", NOW);
        registration.done(Activity.SAVE, NOW.plusSeconds(1));
        Map<Activity, Long> failed = Map.of(Activity.MAILING_LIST, 42L);

        assertThat(RecordedRegistrations.step(registration, Activity.SAVE, failed))
                .isEqualTo(new StepState(StepState.State.DONE, NOW.plusSeconds(1), null));
        assertThat(RecordedRegistrations.step(registration, Activity.MAILING_LIST, failed))
                .isEqualTo(new StepState(StepState.State.FAILED, null, 42L));
        assertThat(RecordedRegistrations.step(registration, Activity.CONFIRMATION_EMAIL, failed))
                .isEqualTo(new StepState(StepState.State.PENDING, null, null));
    }

    @Test
    void aStepDoneAfterAFailureIsDone() {
        Registration registration = new Registration(ADA, "ORDER", "CAPTURE", "{}", NOW);
        registration.done(Activity.MAILING_LIST, NOW.plusSeconds(5));

        assertThat(RecordedRegistrations.step(registration, Activity.MAILING_LIST, Map.of(Activity.MAILING_LIST, 42L))
                .state()).isEqualTo(StepState.State.DONE);
    }
}
