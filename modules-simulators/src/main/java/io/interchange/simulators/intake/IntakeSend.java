package io.interchange.simulators.intake;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The outcome of sending one event to the intake, after the attempts made so far.
 *
 * @param sequence numbers the sends; a re-sent event is a new send with the same event id
 * @param status   the last HTTP status; null while pending or when no answer came
 * @param error    why there was no answer (e.g. connection refused), or the start of the
 *                 intake's answer body when it refused the event (status 300 and above)
 * @param retrying whether another attempt is scheduled
 */
public record IntakeSend(long sequence, String eventId, String type, String source, Integer status, String error,
        int attempts, Instant lastAttemptAt, boolean retrying) {

    static IntakeSend pending(long sequence, CloudEvent event) {
        return new IntakeSend(sequence, event.id(), event.type(), event.source(), null, null, 0, null, false);
    }

    IntakeSend attempted(Integer newStatus, String newError, Instant at, boolean willRetry) {
        return new IntakeSend(sequence, eventId, type, source, newStatus, newError, attempts + 1, at, willRetry);
    }

    public boolean accepted() {
        return status != null && status >= 200 && status < 300;
    }

    /** Adds {@code eventId}, {@code intakeStatus} (null while pending or without answer) and {@code intakeError}. */
    public JsonObjectBuilder outcomeInto(JsonObjectBuilder json) {
        json.add("eventId", eventId);
        if (status == null) {
            json.addNull("intakeStatus");
        } else {
            json.add("intakeStatus", status);
        }
        if (error != null) {
            json.add("intakeError", error);
        }
        return json;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("sequence", sequence)
                .add("eventId", eventId)
                .add("type", type)
                .add("source", source)
                .add("attempts", attempts)
                .add("retrying", retrying);
        if (status == null) {
            json.addNull("intakeStatus");
        } else {
            json.add("intakeStatus", status);
        }
        if (error != null) {
            json.add("intakeError", error);
        }
        if (lastAttemptAt != null) {
            json.add("lastAttemptAt", lastAttemptAt.toString());
        }
        return json.build();
    }
}
