package io.interchange.web.operations;

import io.interchange.platform.alerts.Alert;
import io.interchange.platform.alerts.AlertStatus;
import io.interchange.platform.alerts.Alerts;
import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Role;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import io.interchange.web.api.PublicText;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/operations/alerts}: one alert per incident. Reading needs a viewer key, acknowledging an operator key. */
@Path("v1/operations/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @Inject
    CallerKey callerKey;

    @Inject
    Alerts alerts;

    @GET
    @Operation(summary = "Alerts, newest first; status OPEN, ACKNOWLEDGED or RESOLVED narrows them")
    public JsonObject list(@HeaderParam(CallerKey.HEADER) String apiKey, @QueryParam("status") String status,
            @QueryParam("limit") String limit) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        List<Alert> found = alerts.list(status(status), QueryValues.limit(limit));
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(a -> items.add(json(a)));
        return Json.createObjectBuilder().add("count", found.size()).add("alerts", items).build();
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert: someone is on it; further occurrences are still counted on it")
    @APIResponse(responseCode = "409", description = "the alert is resolved")
    public JsonObject acknowledge(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("id") String id) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        long alertId;
        try {
            alertId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Problem.notFound("no alert " + id);
        }
        return json(alerts.acknowledge(alertId, client.name()));
    }

    private static AlertStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AlertStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("the query parameter status must be OPEN, ACKNOWLEDGED or RESOLVED, was " + value);
        }
    }

    private static JsonObject json(Alert a) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", a.id());
        FailedMessageJson.put(json, "kind", a.kind().name());
        FailedMessageJson.put(json, "priority", a.priority().name());
        FailedMessageJson.put(json, "incidentKey", a.incidentKey());
        FailedMessageJson.put(json, "title", a.title());
        FailedMessageJson.put(json, "detail", PublicText.of(a.detail()));
        json.add("count", a.count());
        FailedMessageJson.put(json, "firstAt", a.firstAt());
        FailedMessageJson.put(json, "lastAt", a.lastAt());
        FailedMessageJson.put(json, "status", a.status().name());
        FailedMessageJson.put(json, "acknowledgedBy", a.acknowledgedBy());
        FailedMessageJson.put(json, "acknowledgedAt", a.acknowledgedAt());
        FailedMessageJson.put(json, "acknowledgedNote", a.acknowledgedNote());
        FailedMessageJson.put(json, "resolvedAt", a.resolvedAt());
        return json.build();
    }
}
