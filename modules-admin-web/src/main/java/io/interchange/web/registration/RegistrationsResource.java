package io.interchange.web.registration;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Quotas;
import io.interchange.registration.api.RegistrationDesk;
import io.interchange.registration.api.RegistrationForm;
import io.interchange.registration.api.RegistrationIds;
import io.interchange.registration.api.RegistrationOutcome;
import io.interchange.registration.api.RegistrationStatus;
import io.interchange.web.api.BoundedBody;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/registrations}: the registration page's flow as an API (the seeds' Payment
 * API): validate, charge, record and fan out. An {@code Idempotency-Key} makes a retry safe: the
 * same key is the same registration and never a second charge.
 */
@Path("/v1/registrations")
public class RegistrationsResource {

    private static final Jsonb JSONB = JsonbBuilder.create();
    /** A registration form is a few hundred bytes. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    @ConfigProperty(name = "interchange.http.body-seconds", defaultValue = "10")
    int bodySeconds;

    @Inject
    CallerKey callerKey;

    @Inject
    Quotas quotas;

    @Inject
    RegistrationDesk desk;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register for an event and pay by card")
    @APIResponse(responseCode = "201", description = "paid and recorded; email and mailing list follow")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong (problem details name each one)")
    @APIResponse(responseCode = "401", description = "missing or unknown API key (checked before the body is read)")
    @APIResponse(responseCode = "402", description = "the card was declined; nothing charged, nothing recorded")
    @APIResponse(responseCode = "503", description = "the payment could not be completed; nothing charged, retry")
    public Response register(@HeaderParam(CallerKey.HEADER) String apiKey,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream in) {
        ApiClient client = callerKey.require(apiKey); // before any byte of the body is read
        long retryAfter = quotas.take(client.name(), 1);
        if (retryAfter > 0) {
            throw new Problem(429, "over-quota", "Over quota", "the quota of " + client.name()
                    + " is used up; nothing was charged, send again after " + retryAfter + " s")
                    .header("Retry-After", Long.toString(retryAfter));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw Problem.badRequest("the Idempotency-Key header must be 1 to 200 characters")
                    .field("/headers/Idempotency-Key", "1 to 200 characters");
        }
        RegistrationForm form = read(new String(BoundedBody.read(in, contentLength, MAX_BODY_BYTES,
                Duration.ofSeconds(bodySeconds)), StandardCharsets.UTF_8));
        String id = idempotencyKey == null ? desk.newRegistrationId()
                : RegistrationIds.registrationIdFor(client.name(), idempotencyKey);
        RegistrationOutcome outcome = desk.register(id, form);
        if (outcome instanceof RegistrationOutcome.Invalid invalid) {
            throw invalid(invalid.fields());
        }
        if (outcome instanceof RegistrationOutcome.Declined declined) {
            throw new Problem(402, "payment-declined", "Payment declined", declined.message());
        }
        if (outcome instanceof RegistrationOutcome.NotCompleted notCompleted) {
            throw Problem.unavailable(notCompleted.message(), 5);
        }
        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) outcome;
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id).build())
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("registrationId", registered.registrationId())
                        .add("status", "PAID")
                        .add("event", registered.eventName())
                        .add("ticket", registered.ticketName())
                        .add("amount", registered.amount())
                        .build().toString())
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A registration's state: paid, and which of its activities are done")
    public Response status(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("id") String id) {
        callerKey.require(apiKey);
        RegistrationStatus status = desk.status(id)
                .orElseThrow(() -> Problem.notFound("there is no registration " + id));
        return Response.ok(JSONB.toJson(status), MediaType.APPLICATION_JSON).build();
    }

    private static RegistrationForm read(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("send the registration as a JSON object").field("", "empty body");
        }
        try {
            RegistrationForm form = JSONB.fromJson(body, RegistrationForm.class);
            if (form == null) {
                throw Problem.badRequest("send the registration as a JSON object").field("", "null");
            }
            return form;
        } catch (JsonbException e) {
            throw UnreadableBody.of(e);
        }
    }

    private static Problem invalid(Map<String, String> fields) {
        Problem problem = Problem.badRequest("some fields are missing or wrong; nothing was charged");
        fields.forEach((path, message) -> problem.field("/" + path.replace('.', '/'), message));
        return problem;
    }
}
