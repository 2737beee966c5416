package io.interchange.platform.operator;

/**
 * An operator's action that cannot be done: no such message, in conflict with its state (not
 * open any more), invalid input, or not possible right now.
 */
public class OperationRefusedException extends RuntimeException {

    public enum Why { NOT_FOUND, CONFLICT, INVALID, UNAVAILABLE }

    private final Why why;
    private final String pointer;

    private OperationRefusedException(Why why, String pointer, String detail) {
        super(detail);
        this.why = why;
        this.pointer = pointer;
    }

    public static OperationRefusedException notFound(long failedMessageId) {
        return new OperationRefusedException(Why.NOT_FOUND, null, "no failed message " + failedMessageId);
    }

    public static OperationRefusedException notFound(String detail) {
        return new OperationRefusedException(Why.NOT_FOUND, null, detail);
    }

    public static OperationRefusedException conflict(String detail) {
        return new OperationRefusedException(Why.CONFLICT, null, detail);
    }

    public static OperationRefusedException unavailable(String detail) {
        return new OperationRefusedException(Why.UNAVAILABLE, null, detail);
    }

    /** @param pointer a JSON pointer to the field at fault ("" for the whole document) */
    public static OperationRefusedException invalid(String pointer, String detail) {
        return new OperationRefusedException(Why.INVALID, pointer, detail);
    }

    public Why why() {
        return why;
    }

    /** The JSON pointer of the field at fault, or null. */
    public String pointer() {
        return pointer;
    }
}
