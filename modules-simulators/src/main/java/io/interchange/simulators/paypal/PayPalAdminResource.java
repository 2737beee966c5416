package io.interchange.simulators.paypal;

import io.interchange.simulators.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * PayPal's admin API for tests and the demo ({@code /sim/paypal}): the orders it answered
 * (all, or those of one {@code referenceId}, so a test can assert a registration was captured
 * exactly once), each with its request id, status, capture id and the card's last four digits;
 * and counters. No auth, no faults.
 */
@RequestScoped
@Path("sim/paypal")
@Produces(MediaType.APPLICATION_JSON)
public class PayPalAdminResource {

    @Inject
    CheckoutOrders orders;

    @Inject
    AccessTokens tokens;

    @GET
    @Path("orders")
    public JsonObject orders(@QueryParam("referenceId") String referenceId) {
        List<CheckoutOrder> found = orders.all().stream()
                .filter(o -> referenceId == null || referenceId.equals(o.referenceId())).toList();
        JsonArrayBuilder list = Json.createArrayBuilder();
        found.forEach(o -> list.add(PayPalJson.admin(o)));
        return Json.createObjectBuilder().add("count", found.size()).add("orders", list).build();
    }

    @GET
    @Path("orders/{id}")
    public JsonObject order(@PathParam("id") String id) {
        return PayPalJson.admin(orders.find(id).orElseThrow(() -> Problem.notFound("There is no PayPal order " + id
                + ".")));
    }

    @GET
    @Path("summary")
    public JsonObject summary() {
        JsonObjectBuilder summary = Json.createObjectBuilder(orders.summary());
        return summary.add("tokensIssued", tokens.issued()).build();
    }
}
