package io.interchange.web.events;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Quotas;
import io.interchange.platform.clients.WebhookSignature;
import io.interchange.platform.intake.CloudEventReader;
import io.interchange.platform.intake.EventIntake;
import io.interchange.platform.intake.EventNotAllowedException;
import io.interchange.platform.intake.InvalidEventException;
import io.interchange.platform.intake.IntakeResult;
import io.interchange.platform.message.Envelope;
import io.interchange.web.api.BoundedBody;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/events}: authenticates the calling system, bounds and parses the body,
 * and hands the events to the platform's {@link EventIntake}. 202 only after a durable write.
 */
@Path("v1/events")
public class EventsResource {

    static final String STRUCTURED = "application/cloudevents+json";
    static final String BATCH = "application/cloudevents-batch+json";

    private static final Logger LOG = Logger.getLogger(EventsResource.class.getName());

    @Inject
    CallerKey callerKey;

    @Inject
    EventIntake intake;

    @Inject
    BinaryModeEvent binaryMode;

    @Inject
    Quotas quotas;

    @Inject
    @ConfigProperty(name = "interchange.intake.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    /** How long a request body may take to arrive: a client trickling bytes cannot hold a thread for long. */
    @Inject
    @ConfigProperty(name = "interchange.http.body-seconds", defaultValue = "10")
    int bodySeconds;

    @Inject
    @ConfigProperty(name = "interchange.intake.max-batch-events", defaultValue = "100")
    int maxBatchEvents;

    /** Hosts that may deliver events (the CloudEvents webhook abuse-protection handshake). */
    @Inject
    @ConfigProperty(name = "interchange.intake.allowed-origins", defaultValue = "localhost")
    java.util.Set<String> allowedOrigins;

    private final CloudEventReader reader = new CloudEventReader();

    @POST
    @Operation(summary = "Send CloudEvents to Interchange",
            description = "Structured (application/cloudevents+json), batch (application/cloudevents-batch+json) "
                    + "or binary mode (ce-* headers, application/json body). Authenticated by X-API-Key.")
    @APIResponse(responseCode = "202", description = "stored durably and enqueued")
    @APIResponse(responseCode = "200", description = "every event was a duplicate of one already accepted")
    @APIResponse(responseCode = "400", description = "invalid CloudEvent; problem details name the event and field")
    @APIResponse(responseCode = "401", description = "missing or unknown API key")
    @APIResponse(responseCode = "403", description = "bad webhook signature, or event type or source not allowed for the key")
    @APIResponse(responseCode = "408", description = "the body took longer than interchange.http.body-seconds to arrive")
    @APIResponse(responseCode = "413", description = "body over 1 MiB, or a batch larger than the quota's burst")
    @APIResponse(responseCode = "415", description = "unsupported media type, or a charset other than UTF-8")
    @APIResponse(responseCode = "429", description = "over the system's quota; retry after Retry-After seconds")
    @APIResponse(responseCode = "503", description = "cannot store durably right now; retry after Retry-After")
    public Response receive(@HeaderParam(CallerKey.HEADER) String apiKey, @Context HttpHeaders headers,
            InputStream body) {
        ApiClient client = callerKey.require(apiKey);
        String mediaType = mediaTypeOf(headers);
        boolean structured = STRUCTURED.equals(mediaType);
        boolean batch = BATCH.equals(mediaType);
        boolean binary = MediaType.APPLICATION_JSON.equals(mediaType) && binaryMode.isBinary(headers);
        if (!structured && !batch && !binary) {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                    "send " + STRUCTURED + ", " + BATCH + ", or application/json with ce-* headers (binary mode); got "
                            + (mediaType == null ? "no Content-Type" : mediaType));
        }
        requireUtf8(headers);
        byte[] raw = BoundedBody.read(body, headers.getHeaderString(HttpHeaders.CONTENT_LENGTH), maxBodyBytes,
                Duration.ofSeconds(bodySeconds));
        verifySignature(client, headers, raw);
        List<Envelope> events = structured ? List.of(reader.readStructured(raw))
                : batch ? reader.readBatch(raw, maxBatchEvents)
                : List.of(binaryMode.read(headers, raw));
        intake.check(client, events);
        long burst = quotas.burst(client.name());
        if (events.size() > burst) {
            throw new Problem(413, "over-burst", "Batch larger than the quota allows",
                    "the batch of " + events.size() + " events exceeds the quota's burst of " + burst + "; split it");
        }
        long retryAfter = quotas.take(client.name(), events.size());
        if (retryAfter > 0) {
            throw new Problem(429, "over-quota", "Over quota", "the quota of " + client.name()
                    + " is used up; nothing was accepted, send again after " + retryAfter + " s")
                    .header("Retry-After", Long.toString(retryAfter));
        }
        IntakeResult result = acceptDurably(client, events);
        return Response.status(result.allDuplicates() ? 200 : 202)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("accepted", result.accepted())
                        .add("duplicates", result.duplicates()).build().toString())
                .build();
    }

    /**
     * Accepts the events; a failure to commit (database or broker down, or a concurrent
     * duplicate's unique-key violation) is tried once more, then answered 503: never a 202
     * without a durable write, never a half-accepted batch.
     */
    private IntakeResult acceptDurably(ApiClient client, List<Envelope> events) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                return intake.accept(client, events);
            } catch (InvalidEventException | EventNotAllowedException e) {
                throw e;
            } catch (RuntimeException e) {
                last = e;
                LOG.log(Level.WARNING, "intake attempt " + attempt + " failed: " + e);
            }
        }
        LOG.log(Level.SEVERE, "events not accepted: cannot store durably", last);
        throw Problem.unavailable("the events could not be stored durably; nothing was accepted, send them again", 5);
    }

    @OPTIONS
    @Operation(summary = "CloudEvents webhook abuse-protection handshake")
    public Response handshake(@HeaderParam("WebHook-Request-Origin") String origin) {
        if (origin == null || origin.isBlank()) {
            return Response.ok().header("Allow", "POST, OPTIONS").build();
        }
        if (!allowedOrigins.contains(origin.trim().toLowerCase(Locale.ROOT))) {
            throw Problem.forbidden("the origin " + origin + " is not allowed to deliver events here"
                    + " (interchange.intake.allowed-origins)");
        }
        return Response.ok()
                .header("WebHook-Allowed-Origin", origin)
                .header("WebHook-Allowed-Rate", "*")
                .header("Allow", "POST, OPTIONS")
                .build();
    }

    /** Systems with a signing secret must sign the raw body (Standard Webhooks); others need not. */
    private static void verifySignature(ApiClient client, HttpHeaders headers, byte[] raw) {
        if (!client.signs()) {
            return;
        }
        String refusal = new WebhookSignature(client.signingSecret()).refusal(headers.getHeaderString("webhook-id"),
                headers.getHeaderString("webhook-timestamp"), headers.getHeaderString("webhook-signature"), raw,
                Instant.now());
        if (refusal != null) {
            throw new Problem(403, "bad-signature", "Bad webhook signature", refusal);
        }
    }

    /** JSON is UTF-8 (RFC 8259); a body declared in another charset would be misread, so it is refused. */
    private static void requireUtf8(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        for (String parameter : value.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && "charset".equalsIgnoreCase(parameter.substring(0, equals).trim())) {
                String charset = parameter.substring(equals + 1).trim().replace("\"", "");
                if (!"utf-8".equalsIgnoreCase(charset)) {
                    throw new Problem(415, "unsupported-charset", "Unsupported charset",
                            "events must be sent in UTF-8; got charset=" + charset);
                }
            }
        }
    }

    private static String mediaTypeOf(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
