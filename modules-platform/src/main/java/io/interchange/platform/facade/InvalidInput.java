package io.interchange.platform.facade;

/** Input that breaks the operation's input schema. */
public class InvalidInput extends RuntimeException {

    private final String pointer;

    public InvalidInput(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** JSON pointer of the field at fault ({@code ""} for the whole input). */
    public String pointer() {
        return pointer;
    }
}
