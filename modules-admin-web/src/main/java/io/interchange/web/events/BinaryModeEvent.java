package io.interchange.web.events;

import io.interchange.platform.intake.InvalidEventException;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** Reads a CloudEvent sent in HTTP binary mode: attributes in {@code ce-*} headers, data as the JSON body. */
@ApplicationScoped
class BinaryModeEvent {

    boolean isBinary(HttpHeaders headers) {
        return headers.getHeaderString("ce-specversion") != null;
    }

    Envelope read(HttpHeaders headers, byte[] body) {
        String specVersion = headers.getHeaderString("ce-specversion");
        if (!Envelope.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException("/specversion", "ce-specversion must be 1.0, was " + specVersion);
        }
        String id = required(headers, "id");
        String source = required(headers, "source");
        String type = required(headers, "type");
        String time = headers.getHeaderString("ce-time");
        String data = new String(body, StandardCharsets.UTF_8);
        if (data.isBlank()) {
            throw new InvalidEventException("/data", "the body (the event's data) is empty");
        }
        // Validate the data as strictly as structured mode does by reading it through the same reader.
        new io.interchange.platform.intake.CloudEventReader().readStructured(
                ("{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"x\",\"type\":\"x\",\"data\":" + data + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return Envelope.original(id, source, type, headers.getHeaderString("ce-subject"),
                time == null ? null : parseTime(time), data, null);
    }

    private static java.time.Instant parseTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            throw new InvalidEventException("/time", "ce-time must be an RFC 3339 timestamp");
        }
    }

    private static String required(HttpHeaders headers, String attribute) {
        String value = headers.getHeaderString("ce-" + attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("/" + attribute, "the required header ce-" + attribute + " is missing");
        }
        return value;
    }
}
