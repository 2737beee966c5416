package io.interchange.web.tracking;

import io.interchange.platform.clients.Role;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.journal.JournalEntry;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import io.interchange.web.api.PublicText;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("v1/tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject
    CallerKey callerKey;

    @Inject
    Journal journal;

    @GET
    @Path("messages/{messageId}")
    @Operation(summary = "Every hop of one message (by CloudEvents id)")
    public String message(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("messageId") String messageId) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        return render(journal.timelineOfMessage(messageId), "no message with id " + messageId);
    }

    @GET
    @Path("keys/{businessKey}")
    @Operation(summary = "Every hop of every message of one business key (ECP order id, registration id)")
    public String businessKey(@HeaderParam(CallerKey.HEADER) String apiKey, @PathParam("businessKey") String key) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        return render(journal.timelineOfBusinessKey(key), "no message with business key " + key);
    }

    private static String render(List<JournalEntry> entries, String notFound) {
        if (entries.isEmpty()) {
            throw Problem.notFound(notFound);
        }
        JsonArrayBuilder hops = Json.createArrayBuilder();
        for (JournalEntry e : entries) {
            var hop = Json.createObjectBuilder()
                    .add("messageId", e.messageId())
                    .add("type", e.messageType() == null ? "" : e.messageType())
                    .add("hop", e.hop().name())
                    .add("actor", e.actor())
                    .add("at", e.at().toString());
            if (e.correlationId() != null) {
                hop.add("businessKey", e.correlationId());
            }
            if (e.detail() != null) {
                hop.add("detail", PublicText.of(e.detail()));
            }
            hops.add(hop);
        }
        return Json.createObjectBuilder().add("hops", hops).build().toString();
    }
}
