package io.interchange.web.operations;

import io.interchange.platform.audit.AuditEntry;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.clients.Role;
import io.interchange.web.api.CallerKey;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/operations/audit}: what operators did, newest first. Viewer keys and above. */
@Path("v1/operations/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CallerKey callerKey;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Operators' actions (edit, resubmit, discard), newest first",
            description = "failedMessageId narrows it to one failed message.")
    public JsonObject list(@HeaderParam(CallerKey.HEADER) String apiKey, @QueryParam("limit") String limit,
            @QueryParam("failedMessageId") String failedMessageId) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        int max = QueryValues.limit(limit);
        List<AuditEntry> entries = failedMessageId == null || failedMessageId.isBlank() ? audit.latest(max)
                : audit.ofFailedMessage(QueryValues.positive("failedMessageId", failedMessageId), max);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AuditEntry e : entries) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", e.id());
            FailedMessageJson.put(json, "at", e.at());
            FailedMessageJson.put(json, "who", e.actor());
            FailedMessageJson.put(json, "action", e.action().name());
            FailedMessageJson.put(json, "failedMessageId", e.failedMessageId());
            FailedMessageJson.put(json, "messageId", e.messageId());
            FailedMessageJson.put(json, "before", e.before());
            FailedMessageJson.put(json, "after", e.after());
            FailedMessageJson.put(json, "note", e.note());
            items.add(json);
        }
        return Json.createObjectBuilder().add("count", entries.size()).add("entries", items).build();
    }
}
