package io.interchange.simulators.erp;

import io.interchange.simulators.Problem;
import io.interchange.simulators.intake.IntakeSend;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The ERP's admin API for tests and the demo ({@code /sim/erp}): list sales orders (all, or by
 * external document number, so a test can assert there is exactly one), counters, and moving
 * an order along its lifecycle with a change notification. No auth, no faults.
 */
@RequestScoped
@Path("sim/erp")
@Produces(MediaType.APPLICATION_JSON)
public class ErpAdminResource {

    @Inject
    SalesOrders salesOrders;

    @Inject
    SalesOrderEvents events;

    @GET
    @Path("salesorders")
    public JsonObject salesOrders(@QueryParam("externalDocumentNumber") String externalDocumentNumber) {
        List<SalesOrder> found = externalDocumentNumber == null ? salesOrders.all()
                : salesOrders.matching(ODataFilter.parse("externalDocumentNumber eq '"
                        + externalDocumentNumber.replace("'", "''") + "'"));
        JsonArrayBuilder value = Json.createArrayBuilder();
        found.forEach(order -> value.add(SalesOrderJson.of(order, true, true)));
        return Json.createObjectBuilder().add("count", found.size()).add("value", value).build();
    }

    @GET
    @Path("salesorders/{id}")
    public JsonObject salesOrder(@PathParam("id") String id) {
        return SalesOrderJson.of(find(id), true, true);
    }

    /** Draft/Open to Released to Shipped to Invoiced, one step per call, each with a change event. */
    @POST
    @Path("salesorders/{id}/advance")
    public Response advance(@PathParam("id") String id) {
        SalesOrder order = find(id);
        try {
            salesOrders.advance(order);
        } catch (SalesOrderConflict conflict) {
            throw Problem.conflict(conflict.getMessage());
        }
        return notified(order, events.changed(order));
    }

    /** Sends a change notification again (a new event) without changing the order. */
    @POST
    @Path("salesorders/{id}/notify")
    public Response notifyChange(@PathParam("id") String id) {
        SalesOrder order = find(id);
        return notified(order, events.changed(order));
    }

    /** A poison order: every creation of this external document number answers 500 until a reset. */
    @PUT
    @Path("failing-documents/{number}")
    public Response failAlways(@PathParam("number") String number) {
        salesOrders.failAlways(number);
        return Response.noContent().build();
    }

    @GET
    @Path("summary")
    public JsonObject summary() {
        return salesOrders.summary();
    }

    private SalesOrder find(String id) {
        return salesOrders.find(id).orElseThrow(() -> Problem.notFound("There is no sales order " + id + "."));
    }

    private static Response notified(SalesOrder order, IntakeSend send) {
        return Response.ok(send.outcomeInto(Json.createObjectBuilder()
                .add("salesOrder", SalesOrderJson.of(order, true, true))).build()).build();
    }
}
