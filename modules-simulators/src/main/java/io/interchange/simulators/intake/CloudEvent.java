package io.interchange.simulators.intake;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event as the simulators send it: structured mode, JSON data. Keeping the
 * whole event (not only its id) lets a duplicate webhook re-send exactly the same event.
 */
public record CloudEvent(String id, String source, String type, Instant time, JsonObject data) {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    /** A new event with a fresh UUID id, stamped now. */
    public static CloudEvent of(String source, String type, JsonObject data) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), data);
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", id)
                .add("source", source)
                .add("type", type)
                .add("time", time.toString())
                .add("datacontenttype", "application/json")
                .add("data", data)
                .build();
    }
}
