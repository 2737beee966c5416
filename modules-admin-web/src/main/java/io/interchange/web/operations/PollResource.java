package io.interchange.web.operations;

import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.Poll;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Role;
import io.interchange.platform.poll.TablePoll;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/operations/systems/{system}/poll}: where a database system's poll has got to, and
 * setting it back to read rows again (their events are the same events, accepted once) or forward
 * to skip them. Viewer reads, operator sets, with a reason that lands in the audit trail.
 */
@Path("v1/operations/systems/{system}/poll")
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

    @Inject
    CallerKey callerKey;

    @Inject
    Catalog catalog;

    @Inject
    TablePoll polls;

    @GET
    @Operation(summary = "Where the system's poll has got to: the last watermark value read, rows read, when",
            description = "commitDelayMs appears while a crash drill holds each poll open before it commits "
                    + "(interchange.poll.commit-delay-ms); holding, while it holds one: the rows read and the "
                    + "watermark they take it to (upTo), not committed yet.")
    @APIResponse(responseCode = "404", description = "no database system with a poll of that name")
    public JsonObject position(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("system") String system) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        polled(system);
        JsonObject position = json(polls.position(system).orElse(new TablePoll.Position(system, null, 0, null)));
        long drill = polls.commitDelayMillis();
        if (drill == 0) {
            return position;
        }
        JsonObjectBuilder withDrill = Json.createObjectBuilder(position).add("commitDelayMs", drill);
        polls.holding(system).ifPresent(held -> {
            JsonObjectBuilder holding = Json.createObjectBuilder().add("rows", held.rows());
            if (held.upTo() == null) {
                holding.addNull("upTo");
            } else {
                holding.add("upTo", Json.createReader(new java.io.StringReader(held.upTo())).readValue());
            }
            withDrill.add("holding", holding);
        });
        return withDrill.build();
    }

    @PUT
    @Operation(summary = "Set where the poll reads from: {\"watermark\": <value or null>, \"reason\": \"...\"}",
            description = "The next poll reads the rows after the watermark (null: from the poll's initial value). "
                    + "A poll with a watermark key takes the pair [value, key].")
    @APIResponse(responseCode = "400", description = "no watermark field, a single value where the poll keeps a pair, or no reason")
    @APIResponse(responseCode = "404", description = "no database system with a poll of that name")
    public JsonObject set(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("system") String system,
            String body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        Poll poll = polled(system);
        JsonObject request = JsonBody.object(body);
        if (!request.containsKey("watermark")) {
            throw Problem.badRequest("watermark is required (null reads from the start)")
                    .field("/watermark", "required");
        }
        JsonValue value = request.get("watermark");
        if (poll.watermarkKey() != null && value != JsonValue.NULL
                && !(value instanceof jakarta.json.JsonArray pair && pair.size() == 2)) {
            throw Problem.badRequest("this poll keeps " + poll.watermarkColumn() + " with the row's key "
                    + poll.watermarkKey() + ": the watermark is the pair [value, key], e.g. [\"2026-12-01T09:00:00Z\", 41]")
                    .field("/watermark", "a pair [value, key]");
        }
        String reason = JsonBody.text(request, "reason");
        if (reason == null || reason.isBlank()) {
            throw Problem.badRequest("a reason is required: it is kept in the audit trail").field("/reason", "required");
        }
        return json(polls.rewind(system, value == JsonValue.NULL ? null : value.toString(), client.name(), reason));
    }

    private Poll polled(String system) {
        return catalog.system(system).filter(SystemDescription::throughDatabase)
                .map(described -> described.inbound().poll())
                .orElseThrow(() -> Problem.notFound("no database system " + system + " with a poll in the catalog"));
    }

    private static JsonObject json(TablePoll.Position position) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("system", position.system());
        if (position.lastValue() == null) {
            json.addNull("watermark");
        } else {
            json.add("watermark", Json.createReader(new java.io.StringReader(position.lastValue())).readValue());
        }
        json.add("rowsRead", position.rowsRead());
        FailedMessageJson.put(json, "updatedAt", position.updatedAt());
        return json.build();
    }
}
