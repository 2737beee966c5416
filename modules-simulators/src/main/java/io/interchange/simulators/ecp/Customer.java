package io.interchange.simulators.ecp;

/** The shopper who placed an order. */
public record Customer(String id, String email, String firstName, String lastName) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
