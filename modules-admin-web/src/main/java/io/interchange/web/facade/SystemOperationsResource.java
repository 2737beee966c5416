package io.interchange.web.facade;

import io.interchange.platform.catalog.Answers;
import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Quotas;
import io.interchange.platform.clients.Role;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.facade.InvalidInput;
import io.interchange.platform.facade.OperationNotFound;
import io.interchange.platform.facade.OperationRequests;
import io.interchange.platform.http.OperationCall;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.systems.Systems;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/systems/{system}/operations/{operation}}: calls a catalog operation with the
 * request body as its input. At once by default: the target's answer is returned as it is when it
 * means "delivered", else problem details (502 for a failure answer, 503 with {@code Retry-After}
 * when the target is busy, unreachable or not online, 504 when it does not answer in its timeout).
 * With {@code Prefer: respond-async}: 202 and the message's tracking address; the delivery then
 * has the retries, parking and errors queue of any catalog delivery.
 */
@Path("v1/systems/{system}/operations/{operation}")
public class SystemOperationsResource {

    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    CallerKey callerKey;

    @Inject
    OperationRequests requests;

    @Inject
    Quotas quotas;

    @Inject
    Systems systems;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Call an operation of a catalog system (its input schema, role and quota apply); "
            + "add Prefer: respond-async to send it over the bus instead")
    @APIResponse(responseCode = "202", description = "respond-async: accepted; follow it at the Location")
    @APIResponse(responseCode = "400", description = "the input breaks the operation's input schema (the field is named)")
    @APIResponse(responseCode = "403", description = "the key's role is below the operation's")
    @APIResponse(responseCode = "429", description = "over the key's quota for the operation")
    @APIResponse(responseCode = "502", description = "the target answered with a failure")
    @APIResponse(responseCode = "503", description = "the target is busy, unreachable or not online; Retry-After")
    @APIResponse(responseCode = "504", description = "the target did not answer within its timeout")
    public Response call(@HeaderParam(CallerKey.HEADER) String apiKey, @HeaderParam("Prefer") String prefer,
            @HeaderParam("X-Business-Key") String businessKey, @PathParam("system") String system,
            @PathParam("operation") String operation, String body) {
        ApiClient client = callerKey.require(apiKey);
        OperationCall.Target target = target(system, operation);
        Role needed = Role.parse(target.operation().facade().role());
        if (!client.has(needed)) {
            throw Problem.forbidden("calling " + target.name() + " needs the role " + needed.configName()
                    + " or above; the key of " + client.name() + " has "
                    + (client.role() == Role.NONE ? "no role" : client.role().configName()));
        }
        long retryAfter = quotas.take(client.name() + "→" + target.name(), target.operation().facade().perSecond(),
                target.operation().facade().burst());
        if (retryAfter > 0) {
            throw new Problem(429, "over-quota", "Over quota", "the key of " + client.name() + " has used up its quota for "
                    + target.name() + "; call again after " + retryAfter + " s")
                    .header("Retry-After", Long.toString(retryAfter));
        }
        Envelope message = message(target, body, businessKey, client.name());
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            requests.enqueue(message, client.name());
            String tracking = "/api/v1/tracking/messages/" + message.id();
            return Response.accepted(Json.createObjectBuilder().add("messageId", message.id())
                    .add("businessKey", message.correlationId()).add("status", tracking).build().toString())
                    .type(MediaType.APPLICATION_JSON).location(URI.create(tracking)).header("Preference-Applied", "respond-async")
                    .build();
        }
        if (!systems.isOnline(system)) {
            throw Problem.unavailable(system + " is " + systems.state(system).name().toLowerCase(java.util.Locale.ROOT)
                    + "; call again later, or send it with Prefer: respond-async to have it delivered when it is back",
                    RETRY_AFTER_SECONDS);
        }
        return answer(target, callNow(target, message, client.name()), message);
    }

    private OperationCall.Target target(String system, String operation) {
        try {
            return requests.target(system, operation);
        } catch (OperationNotFound e) {
            throw Problem.notFound(e.getMessage());
        }
    }

    static Envelope message(OperationRequests requests, OperationCall.Target target, String body, String businessKey,
            String source, DeliveryKind kind) {
        try {
            return requests.message(target, body, businessKey, source, kind);
        } catch (InvalidInput e) {
            throw Problem.badRequest(e.getMessage()).field(e.pointer(), e.getMessage());
        }
    }

    private Envelope message(OperationCall.Target target, String body, String businessKey, String client) {
        return message(requests, target, body, businessKey, "/interchange/facade/" + client, DeliveryKind.ORIGINAL);
    }

    private OperationCall.Answer callNow(OperationCall.Target target, Envelope message, String client) {
        try {
            return requests.callNow(target, message, client);
        } catch (TransientFailure e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new Problem(504, "target-timeout", "The system did not answer in time", target.system().system()
                        + " did not answer within " + target.system().connection().readTimeout().toMillis() + " ms");
            }
            throw Problem.unavailable(e.getMessage(), RETRY_AFTER_SECONDS);
        } catch (PermanentFailure e) {
            throw new Problem(502, "request-not-made", "The request could not be made", e.getMessage());
        }
    }

    private static Response answer(OperationCall.Target target, OperationCall.Answer answer, Envelope message) {
        if (answer.meaning() == Answers.Meaning.DELIVERED) {
            String type = answer.header("Content-Type");
            return Response.status(answer.status()).entity(answer.body())
                    .type(type == null ? MediaType.APPLICATION_JSON : type)
                    .header("X-Message-Id", message.id()).build();
        }
        String detail = target.name() + " answered " + answer.status()
                + (answer.body() == null || answer.body().isBlank() ? ""
                : ": " + (answer.body().length() <= 300 ? answer.body() : answer.body().substring(0, 300) + "…"));
        if (answer.status() == 429 || answer.status() == 503) {
            String retryAfter = answer.header("Retry-After");
            return new Problem(503, "target-busy", "The system is busy", detail)
                    .header("Retry-After", retryAfter == null ? Integer.toString(RETRY_AFTER_SECONDS) : retryAfter)
                    .getResponse();
        }
        return new Problem(502, "target-failed", "The system answered with a failure", detail).getResponse();
    }
}
