package io.interchange.registration.api;

/**
 * Where a registration stands: paid, and which of its three activities are done; complete when
 * all are. What the confirmation page and {@code GET /api/v1/registrations/{id}} show.
 */
public record RegistrationStatus(String registrationId, String status, String eventName, String ticketName,
        String amount, String email, boolean saved, boolean emailed, boolean subscribed) {
}
