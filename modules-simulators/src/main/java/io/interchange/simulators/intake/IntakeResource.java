package io.interchange.simulators.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /sim/intake}: what the simulators sent to the platform and how it answered;
 * {@code PUT /sim/intake/urls} ({@code {"urls": [...]}}): where they send from now on, e.g. to two
 * servers in turn.
 */
@RequestScoped
@Path("sim/intake")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    @Inject
    IntakeSends sends;

    @Inject
    Intake intake;

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

    @PUT
    @Path("urls")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject sendTo(JsonObject body) {
        var urls = body.getJsonArray("urls");
        if (urls == null || urls.isEmpty()) {
            throw new BadRequestException("{\"urls\": [\"http://...\"]} names at least one intake URL");
        }
        try {
            intake.sendTo(urls.getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new BadRequestException("urls must be a list of URLs: " + e.getMessage());
        }
        return Json.createObjectBuilder().add("urls", Json.createArrayBuilder(intake.urls())).build();
    }
}
