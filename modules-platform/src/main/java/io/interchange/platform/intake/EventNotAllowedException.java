package io.interchange.platform.intake;

/** The client is known but may not send this event (answered 403). */
public class EventNotAllowedException extends RuntimeException {
    public EventNotAllowedException(String message) {
        super(message);
    }
}
