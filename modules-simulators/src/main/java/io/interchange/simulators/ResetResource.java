package io.interchange.simulators;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /sim/reset}: orders, sales orders, PayPal orders, Mailchimp members, received
 * mails, CRM contacts, received notifications, the warehouse's pick orders and shipments,
 * faults, counters and the intake log are cleared; every relay and the warehouse's database
 * listen again.
 */
@RequestScoped
@Path("sim/reset")
public class ResetResource {

    @Inject
    Event<SimulatorReset> reset;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject reset() {
        reset.fire(new SimulatorReset());
        return Json.createObjectBuilder().add("reset", true).build();
    }
}
