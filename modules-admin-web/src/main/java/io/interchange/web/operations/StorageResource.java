package io.interchange.web.operations;

import io.interchange.platform.clients.Role;
import io.interchange.platform.retention.Storage;
import io.interchange.web.api.CallerKey;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/operations/storage}: rows kept per kind, how long each kind is kept
 * ({@code interchange.retention.*}) and what the last sweep removed. A viewer key reads it.
 */
@Path("v1/operations/storage")
@Produces(MediaType.APPLICATION_JSON)
public class StorageResource {

    @Inject
    CallerKey callerKey;

    @Inject
    Storage storage;

    @GET
    @Operation(summary = "Rows kept per kind, their retention, and the last retention sweep")
    public JsonObject view(@HeaderParam(CallerKey.HEADER) String apiKey) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        Storage.View view = storage.view();
        JsonObjectBuilder rows = Json.createObjectBuilder();
        view.rows().forEach(rows::add);
        JsonObjectBuilder kept = Json.createObjectBuilder();
        view.keptFor().forEach((kind, age) -> kept.add(kind, age.toString()));
        JsonObjectBuilder removed = Json.createObjectBuilder();
        view.lastSweep().removed().forEach(removed::add);
        JsonObjectBuilder total = Json.createObjectBuilder();
        view.lastSweep().removedSinceStart().forEach(total::add);
        JsonObjectBuilder last = Json.createObjectBuilder().add("removed", removed).add("removedSinceStart", total);
        FailedMessageJson.put(last, "at", view.lastSweep().at());
        return Json.createObjectBuilder().add("rows", rows).add("keptFor", kept).add("lastSweep", last).build();
    }
}
