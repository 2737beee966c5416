package io.interchange.registration.api;

import java.time.Instant;

/**
 * A registration as the operators' console lists it: who registered for what, the payment (the
 * provider's capture; no card data exists to show) and its three steps.
 *
 * @param status    PAID until all three steps are done, then COMPLETE
 * @param amount    with its currency, e.g. {@code EUR 250.00}
 * @param captureId the payment provider's capture of the amount
 */
public record RegistrationSummary(String registrationId, Instant registeredAt, String status, String eventName,
        String ticketName, String email, String amount, String captureId, StepState save,
        StepState confirmationEmail, StepState mailingList) {
}
