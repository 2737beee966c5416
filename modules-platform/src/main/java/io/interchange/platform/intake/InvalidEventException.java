package io.interchange.platform.intake;

/**
 * A CloudEvent that cannot be accepted, naming which event (its index in a batch, or its id)
 * and which field is wrong, so that the sender can fix it.
 */
public class InvalidEventException extends RuntimeException {

    private final String pointer;

    /**
     * @param pointer a JSON pointer to the field at fault, e.g. {@code /0/source} or {@code /id}
     * @param detail  what is wrong with it
     */
    public InvalidEventException(String pointer, String detail) {
        super(detail);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
