package io.interchange.simulators.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The webhook's admin API for tests and the demo ({@code /sim/notifications}):
 * {@code {"requests": n, "received": [{"idempotencyKey", "body", "receivedAt"}]}}, oldest
 * first; {@code requests} counts duplicates too; {@code /summary} gives the two counts alone
 * (for the benchmark, which counts tens of thousands). No auth, no faults.
 */
@RequestScoped
@Path("sim/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsAdminResource {

    @Inject
    Inbox inbox;

    @GET
    @Path("received")
    public JsonObject received() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        inbox.received().forEach(n -> list.add(Json.createObjectBuilder()
                .add("idempotencyKey", n.idempotencyKey())
                .add("body", n.body())
                .add("receivedAt", n.receivedAt().toString())));
        return Json.createObjectBuilder().add("requests", inbox.requests()).add("received", list).build();
    }

    @GET
    @Path("summary")
    public JsonObject summary() {
        return Json.createObjectBuilder().add("requests", inbox.requests()).add("received", inbox.count()).build();
    }
}
