package io.interchange.simulators.notifications;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * The webhook as the platform calls it, under {@code /hooks}: {@code POST /shipments} (key and
 * {@code Idempotency-Key} required; 202 {@code {"received": n}}, or 409 for a key received
 * before) and {@code GET /ping} (204, no key).
 */
@RequestScoped
@Path("hooks")
@Simulates(SimulatedSystem.NOTIFICATIONS)
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentHooksResource {

    static final String WEBHOOK_KEY = "X-Webhook-Key";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Inbox inbox;

    @POST
    @Path("shipments")
    public Response shipment(@HeaderParam(WEBHOOK_KEY) String webhookKey,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, String body) {
        inbox.authenticate(webhookKey);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw Problem.badRequest("Every notification needs an " + IDEMPOTENCY_KEY + " header.");
        }
        int received = inbox.receive(idempotencyKey, parse(body));
        return Response.accepted(Json.createObjectBuilder().add("received", received).build())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("ping")
    public Response ping() {
        return Response.noContent().build();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("A JSON object body is required.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Problem.badRequest("The body is no JSON object: " + e.getMessage());
        }
    }
}
