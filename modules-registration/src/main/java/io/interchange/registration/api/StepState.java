package io.interchange.registration.api;

import java.time.Instant;

/**
 * Where one step of a registration stands.
 *
 * @param doneAt          when it was done, or null
 * @param failedMessageId its open entry in the errors queue while it is FAILED, else null
 */
public record StepState(State state, Instant doneAt, Long failedMessageId) {

    public enum State {
        DONE,
        /** On its way: queued, retrying, or parked while its system is offline. */
        PENDING,
        /** In the errors queue, waiting for an operator. */
        FAILED
    }

    public boolean failed() {
        return state == State.FAILED;
    }
}
