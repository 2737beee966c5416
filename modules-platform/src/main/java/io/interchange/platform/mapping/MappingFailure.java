package io.interchange.platform.mapping;

/**
 * A mapping that cannot be compiled or that failed on a message. The message names the mapping
 * (e.g. {@code crm/upsert-contact request.body}) and the JSONata error; a delivery makes it a
 * permanent failure, which an operator can edit and resubmit.
 */
public class MappingFailure extends RuntimeException {

    private final String mapping;

    public MappingFailure(String mapping, String error, Throwable cause) {
        super("mapping " + mapping + " failed: " + error, cause);
        this.mapping = mapping;
    }

    /** The name of the mapping that failed. */
    public String mapping() {
        return mapping;
    }
}
