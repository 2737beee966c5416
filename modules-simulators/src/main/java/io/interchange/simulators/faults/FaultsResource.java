package io.interchange.simulators.faults;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.relay.Relays;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;

/**
 * {@code /sim/faults}: set ({@code PUT /sim/faults/{ecp|erp|paypal|mailchimp|smtp|crm|notifications}},
 * the body replaces the system's settings, missing fields take the no-fault defaults), show and reset
 * the faults. Going offline closes the system's relay port; going online opens it again. The
 * SMTP sink speaks no HTTP: "offline" is the only fault it takes.
 */
@RequestScoped
@Path("sim/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsResource {

    @Inject
    Faults faults;

    @Inject
    Relays relays;

    @GET
    public JsonObject all() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (SimulatedSystem system : SimulatedSystem.values()) {
            json.add(system.key(), view(system));
        }
        return json.build();
    }

    @PUT
    @Path("{system}")
    public JsonObject change(@PathParam("system") String systemKey, String body) {
        SimulatedSystem system = SimulatedSystem.byKey(systemKey)
                .orElseThrow(() -> Problem.notFound("There is no simulated system '" + systemKey + "' ("
                        + SimulatedSystem.keys() + ")."));
        FaultSettings settings;
        try {
            JsonObject request = parse(body);
            FaultSettings none = FaultSettings.NONE;
            settings = new FaultSettings(
                    request.getBoolean("offline", none.offline()),
                    number(request, "errorRate", none.errorRate()),
                    (int) number(request, "errorStatus", none.errorStatus()),
                    (int) number(request, "retryAfterSeconds", none.retryAfterSeconds()),
                    (long) number(request, "latencyMs", none.latencyMs()),
                    (long) number(request, "slowButSucceedsMs", none.slowButSucceedsMs()));
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw Problem.badRequest(e.getMessage());
        }
        if (!system.http()
                && (settings.errorRate() > 0 || settings.latencyMs() > 0 || settings.slowButSucceedsMs() > 0)) {
            throw Problem.badRequest(system.key() + " is not an HTTP API: only \"offline\" can be set for it.");
        }
        faults.change(system, settings);
        relays.online(system, !settings.offline());
        return view(system);
    }

    @DELETE
    public JsonObject reset() {
        faults.clear();
        relays.allOnline();
        return all();
    }

    private JsonObject view(SimulatedSystem system) {
        FaultSettings s = faults.settings(system);
        return Json.createObjectBuilder()
                .add("offline", s.offline())
                .add("errorRate", s.errorRate())
                .add("errorStatus", s.errorStatus())
                .add("retryAfterSeconds", s.retryAfterSeconds())
                .add("latencyMs", s.latencyMs())
                .add("slowButSucceedsMs", s.slowButSucceedsMs())
                .add("injectedErrors", faults.injectedErrors(system))
                .add("relay", Json.createObjectBuilder()
                        .add("port", relays.port(system))
                        .add("listening", relays.listening(system)))
                .build();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static double number(JsonObject request, String field, double defaultValue) {
        JsonValue value = request.get(field);
        if (value == null || value == JsonValue.NULL) {
            return defaultValue;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new IllegalArgumentException(field + " must be a number");
        }
        return number.doubleValue();
    }
}
