package io.interchange.registration.api;

/** Fired (CDI) when the last of a registration's three activities is done: the fan-in. */
public record RegistrationCompleted(String registrationId, String email) {
}
