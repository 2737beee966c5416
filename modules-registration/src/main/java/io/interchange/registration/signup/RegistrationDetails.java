package io.interchange.registration.signup;

/** A registration as its activity messages carry it: who, for what, how much. Never a card. */
public record RegistrationDetails(
        String registrationId,
        String eventCode,
        String eventName,
        String eventDate,
        String venue,
        String ticketCode,
        String ticketName,
        String amount,
        String currency,
        String firstName,
        String lastName,
        String email,
        String company,
        String billingName,
        String street,
        String postalCode,
        String city,
        String country) {
}
