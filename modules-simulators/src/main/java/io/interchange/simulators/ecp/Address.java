package io.interchange.simulators.ecp;

/** A postal address; {@code line2} may be null. {@code country} is ISO 3166 alpha-2. */
public record Address(String name, String line1, String line2, String city, String postalCode, String country) {
}
