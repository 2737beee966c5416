package io.interchange.web.operations;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Role;
import io.interchange.platform.systems.StatusRequest;
import io.interchange.platform.systems.SystemView;
import io.interchange.platform.systems.SystemsOverview;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/operations/systems}: the connected systems' status and parked backlog. Viewer reads, operator acts. */
@Path("v1/operations/systems")
@Produces(MediaType.APPLICATION_JSON)
public class SystemsResource {

    @Inject
    CallerKey callerKey;

    @Inject
    SystemsOverview systems;
    @GET
    @Operation(summary = "Each connected system: status, reason, since, a maintenance window's from (when scheduled to start"
            + " later) and until, consecutive failures, parked backlog")
    public JsonObject list(@HeaderParam(CallerKey.HEADER) String apiKey) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        JsonArrayBuilder items = Json.createArrayBuilder();
        Instant now = Instant.now();
        systems.all().forEach(view -> items.add(json(view, now)));
        return Json.createObjectBuilder().add("systems", items).build();
    }

    @GET
    @Path("{system}")
    @Operation(summary = "One connected system's status (with a maintenance window's from and until) and parked backlog")
    public JsonObject view(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("system") String system) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        return json(systems.view(system), Instant.now());
    }

    @PUT
    @Path("{system}/status")
    @Operation(summary = "Set a system ONLINE, OFFLINE (with a reason) or MAINTENANCE (with an RFC 3339 until, and an"
            + " optional RFC 3339 from to start later)",
            description = "{\"status\":\"OFFLINE\",\"reason\":\"...\"}; ONLINE drains its parked messages, oldest first."
                    + " {\"status\":\"MAINTENANCE\",\"from\":\"2026-11-21T18:00:00Z\",\"until\":\"2026-11-21T20:00:00Z\","
                    + "\"reason\":\"...\"} schedules a window: the system stays online (status ONLINE, with from and until)"
                    + " until from, its messages park from then, and drain after until. Without from, or with a from that is"
                    + " not in the future, the window starts now.")
    @APIResponse(responseCode = "400", description = "unknown status, OFFLINE without reason, MAINTENANCE without a future"
            + " until or with an until not after its from, a from with a status other than MAINTENANCE, unreadable times")
    @APIResponse(responseCode = "404", description = "no such system")
    public JsonObject change(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("system") String system,
            String body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        JsonObject request = JsonBody.object(body);
        Instant now = Instant.now();
        StatusRequest change = StatusRequest.of(JsonBody.text(request, "status"), JsonBody.text(request, "reason"),
                time("from", JsonBody.text(request, "from")), time("until", JsonBody.text(request, "until")), now);
        return json(systems.change(system, change, client.name()), Instant.now());
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field + " must be an RFC 3339 time, e.g. 2026-11-21T18:00:00Z")
                    .field("/" + field, "not an RFC 3339 time");
        }
    }

    private static JsonObject json(SystemView view, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("system", view.system())
                .add("status", view.state().name());
        FailedMessageJson.put(json, "reason", view.reason());
        FailedMessageJson.put(json, "since", view.since());
        FailedMessageJson.put(json, "from", view.from());
        FailedMessageJson.put(json, "until", view.until());
        json.add("consecutiveFailures", view.consecutiveFailures())
                .add("parked", view.parked())
                .add("drainPerSecond", view.drainPerSecond())
                .add("estimatedDrainSeconds", seconds(view.estimatedDrain()));
        FailedMessageJson.put(json, "oldestParkedAt", view.oldestParkedAt());
        if (view.oldestParkedAt() != null) {
            json.add("oldestParkedAgeSeconds", seconds(Duration.between(view.oldestParkedAt(), now)));
        }
        return json.build();
    }

    private static double seconds(Duration duration) {
        return Math.max(0, duration.toMillis()) / 1000.0;
    }
}
