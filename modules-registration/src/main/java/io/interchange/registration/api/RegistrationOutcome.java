package io.interchange.registration.api;

import java.util.Map;

/** What became of a registration attempt, as the page and the API show it. */
public sealed interface RegistrationOutcome {

    /** Paid and recorded; the confirmation email and the mailing list follow on their own. */
    record Registered(String registrationId, String eventName, String ticketName, String amount) implements RegistrationOutcome {
    }

    /** Field name (as in the form, e.g. {@code attendee.email}) to what is wrong with it. Nothing was charged. */
    record Invalid(Map<String, String> fields) implements RegistrationOutcome {
    }

    /** The provider declined the card. Nothing was charged, nothing recorded. */
    record Declined(String message) implements RegistrationOutcome {
    }

    /** The provider failed or did not answer, or the registration could not be saved; try again. */
    record NotCompleted(String message) implements RegistrationOutcome {
    }
}
