package io.interchange.registration.api;

import java.util.List;
import java.util.Optional;

/**
 * Takes a registration: validates the form, charges the card, and records the paid
 * registration with its fan-out. The page and the JSON API both come here.
 */
public interface RegistrationDesk {

    List<EventOffer> offers();

    /** A new registration number, e.g. {@code REG-7K3QX9MA}; also the payment's idempotency key. */
    String newRegistrationId();

    /**
     * Registers. The same {@code registrationId} sent again (double click, retry) never charges
     * twice: the provider replays its first answer, and the book keeps the first registration.
     * The card number and security code are cleared from the form before this returns.
     */
    RegistrationOutcome register(String registrationId, RegistrationForm form);

    Optional<RegistrationStatus> status(String registrationId);
}
