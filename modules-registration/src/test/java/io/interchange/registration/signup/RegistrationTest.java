package io.interchange.registration.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final RegistrationDetails ADA = new RegistrationDetails("REG-ABCDEFGH", "E", "Event", "2027-01-21",
            "Venue", "STANDARD", "Standard", "250.00", "EUR", "Ada", "Lovelace", "ada@example.org", null, "Ada",
            "Street 1", "1011", "Amsterdam", "NL");

    @Test
    void theRegistrationIsCompleteWhenTheLastOfItsThreeActivitiesIsDoneAndOnlyThen() {
        Registration registration = new Registration(ADA, "ORDER", "CAPTURE", "{}", Instant.now());

        assertThat(registration.done(Activity.CONFIRMATION_EMAIL, Instant.now())).isFalse();
        assertThat(registration.done(Activity.SAVE, Instant.now())).isFalse();
        assertThat(registration.status()).isEqualTo(Registration.Status.PAID);
        assertThat(registration.done(Activity.MAILING_LIST, Instant.now())).isTrue();
        assertThat(registration.status()).isEqualTo(Registration.Status.COMPLETE);
        // a repeated step completes nothing a second time
        assertThat(registration.done(Activity.SAVE, Instant.now())).isFalse();
    }
}
