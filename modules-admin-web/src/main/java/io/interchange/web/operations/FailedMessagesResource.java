package io.interchange.web.operations;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Role;
import io.interchange.platform.failure.FailedMessageQuery;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.platform.operations.BulkResubmission;
import io.interchange.platform.operations.Discard;
import io.interchange.platform.operations.FailedMessageDetails;
import io.interchange.platform.operations.PayloadEdit;
import io.interchange.platform.operations.Resubmission;
import io.interchange.platform.operations.ResubmitOutcome;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/operations/failed}: the errors queue. Reading needs a viewer key, acting an operator key. */
@Path("v1/operations/failed")
@Produces(MediaType.APPLICATION_JSON)
public class FailedMessagesResource {

    @Inject
    CallerKey callerKey;

    @Inject
    FailedMessages failures;

    @Inject
    FailedMessageDetails details;

    @Inject
    PayloadEdit payloadEdit;

    @Inject
    Resubmission resubmission;

    @Inject
    BulkResubmission bulkResubmission;

    @Inject
    Discard discard;

    @Inject
    @ConfigProperty(name = "interchange.intake.max-body-bytes", defaultValue = "1048576")
    int maxPayloadBytes;

    @GET
    @Operation(summary = "Failed messages, newest first, filtered by any of the parameters")
    public JsonObject list(@HeaderParam(CallerKey.HEADER) String apiKey, @QueryParam("system") String system,
            @QueryParam("type") String type, @QueryParam("consumer") String consumer,
            @QueryParam("status") String status, @QueryParam("businessKey") String businessKey,
            @QueryParam("olderThanMinutes") String olderThanMinutes, @QueryParam("group") String group,
            @QueryParam("limit") String limit) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        Instant failedBefore = olderThanMinutes == null || olderThanMinutes.isBlank() ? null
                : Instant.now().minus(Duration.ofMinutes(QueryValues.positive("olderThanMinutes", olderThanMinutes)));
        return FailedMessageJson.list(failures.search(new FailedMessageQuery(system, type, consumer,
                QueryValues.status(status), businessKey, failedBefore, group, QueryValues.limit(limit))));
    }

    @GET
    @Path("groups")
    @Operation(summary = "Failure groups (consumer, type, reason without ids) with count, oldest and newest",
            description = "Of the OPEN messages unless status names another, or is ALL.")
    public JsonObject groups(@HeaderParam(CallerKey.HEADER) String apiKey, @QueryParam("status") String status) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        boolean all = "all".equalsIgnoreCase(status);
        FailureStatus wanted = all ? null : status == null || status.isBlank() ? FailureStatus.OPEN
                : QueryValues.status(status);
        return FailedMessageJson.groups(failures.groups(wanted));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One failed message: envelope, payload, reason, every failed attempt, lineage")
    public JsonObject view(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("id") String id) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        return detail(QueryValues.id(id));
    }

    @PUT
    @Path("{id}/payload")
    @Operation(summary = "Replace the payload of an OPEN failed message (the body is the new payload, JSON)")
    @APIResponse(responseCode = "400", description = "not valid JSON, or a required field of its type missing")
    @APIResponse(responseCode = "409", description = "the message is not OPEN")
    public JsonObject editPayload(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("id") String id,
            InputStream body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        long failedMessageId = QueryValues.id(id);
        payloadEdit.edit(failedMessageId, read(body), client.name());
        return detail(failedMessageId);
    }

    @POST
    @Path("{id}/resubmit")
    @Operation(summary = "Send an OPEN failed message again, as a new message to its queue",
            description = "Optional body {\"note\": \"...\"}.")
    public JsonObject resubmit(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("id") String id,
            String body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        long failedMessageId = QueryValues.id(id);
        String note = JsonBody.text(JsonBody.object(body), "note");
        resubmission.resubmit(failedMessageId, client.name(), note);
        return detail(failedMessageId);
    }

    @POST
    @Path("resubmit")
    @Operation(summary = "Resubmit many: {\"group\": \"...\"} (its OPEN messages) or {\"ids\": [...]}",
            description = "Each message in its own transaction; the answer gives each one's outcome.")
    public JsonObject resubmitMany(@HeaderParam(CallerKey.HEADER) String apiKey, String body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        JsonObject request = JsonBody.object(body);
        String group = JsonBody.text(request, "group");
        String note = JsonBody.text(request, "note");
        boolean hasIds = request.containsKey("ids");
        if ((group == null) == !hasIds) {
            throw Problem.badRequest("send either {\"group\": \"...\"} or {\"ids\": [...]}").field("", "group or ids");
        }
        List<ResubmitOutcome> outcomes = group != null
                ? bulkResubmission.resubmitGroup(group, client.name(), note)
                : bulkResubmission.resubmit(ids(request.get("ids")), client.name(), note);
        return FailedMessageJson.outcomes(outcomes);
    }

    @POST
    @Path("{id}/discard")
    @Operation(summary = "Close an OPEN failed message without sending it; body {\"reason\": \"...\"} required")
    public JsonObject discard(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("id") String id,
            String body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        long failedMessageId = QueryValues.id(id);
        String reason = JsonBody.text(JsonBody.object(body), "reason");
        if (reason == null || reason.isBlank()) {
            throw Problem.badRequest("a discard needs a reason: {\"reason\": \"...\"}")
                    .field("/reason", "required, not blank");
        }
        discard.discard(failedMessageId, client.name(), reason);
        return detail(failedMessageId);
    }

    private JsonObject detail(long failedMessageId) {
        return details.of(failedMessageId).map(FailedMessageJson::detail)
                .orElseThrow(() -> Problem.notFound("no failed message " + failedMessageId));
    }

    private static List<Long> ids(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw Problem.badRequest("ids must be a non-empty array of failed message ids").field("/ids", "not a list");
        }
        if (value.asJsonArray().size() > BulkResubmission.MAX_PER_CALL) {
            throw Problem.badRequest("at most " + BulkResubmission.MAX_PER_CALL + " ids in one call")
                    .field("/ids", "too many");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < value.asJsonArray().size(); i++) {
            JsonValue item = value.asJsonArray().get(i);
            if (!(item instanceof JsonNumber number) || !number.isIntegral()) {
                throw Problem.badRequest("ids must hold whole numbers").field("/ids/" + i, "not a whole number");
            }
            ids.add(number.longValue());
        }
        return ids;
    }

    /** Reads at most the intake's body limit: a payload is an event's data, never larger. */
    private String read(InputStream body) {
        try {
            byte[] raw = body.readNBytes(maxPayloadBytes + 1);
            if (raw.length > maxPayloadBytes) {
                throw new Problem(413, "too-large", "Request too large",
                        "a payload is at most " + maxPayloadBytes + " bytes");
            }
            return new String(raw, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Problem.badRequest("the request body could not be read: " + e.getMessage());
        }
    }
}
