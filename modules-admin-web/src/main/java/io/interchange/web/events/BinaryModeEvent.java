package io.interchange.web.events;

import io.interchange.platform.intake.AttributeText;
import io.interchange.platform.intake.CloudEventReader;
import io.interchange.platform.intake.InvalidEventException;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** Reads a CloudEvent sent in HTTP binary mode: attributes in {@code ce-*} headers, data as the JSON body. */
@ApplicationScoped
class BinaryModeEvent {

    private final CloudEventReader reader = new CloudEventReader();

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
        String subject = headers.getHeaderString("ce-subject");
        if (subject != null) {
            AttributeText.check("/subject", subject);
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidEventException("/data", "the body (the event's data) is empty");
        }
        String data = reader.readData(body);
        return Envelope.original(id, source, type, subject, time == null ? null : parseTime(time), data, null);
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
        AttributeText.check("/" + attribute, value);
        return value;
    }
}
