package io.interchange.simulators.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /sim/intake}: what the simulators sent to the platform and how it answered. */
@RequestScoped
@Path("sim/intake")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    @Inject
    IntakeSends sends;

    @GET
    public JsonObject sends(@QueryParam("limit") @DefaultValue("100") int limit) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        sends.countsByOutcome().forEach(counts::add);
        JsonArrayBuilder latest = Json.createArrayBuilder();
        sends.latest(Math.max(0, limit)).forEach(send -> latest.add(send.toJson()));
        return Json.createObjectBuilder()
                .add("total", sends.total())
                .add("byOutcome", counts)
                .add("latest", latest)
                .build();
    }
}
