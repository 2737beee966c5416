package io.interchange.platform.facade;

/** No such system in the catalog, or no such operation of it. */
public class OperationNotFound extends RuntimeException {

    public OperationNotFound(String message) {
        super(message);
    }
}
