package io.interchange.orders.shop;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The shop's REST API as a MicroProfile REST Client interface; answers are classified by {@link ShopClient}. */
@Path("/orders/{orderId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShopApi {

    @GET
    Response order(@PathParam("orderId") String orderId);

    @PUT
    @Path("/erp-reference")
    Response erpReference(@PathParam("orderId") String orderId, String body);

    @POST
    @Path("/payments")
    Response payment(@PathParam("orderId") String orderId, @HeaderParam("Idempotency-Key") String key, String body);

    @POST
    @Path("/shipments")
    Response shipment(@PathParam("orderId") String orderId, @HeaderParam("Idempotency-Key") String key, String body);

    @PUT
    @Path("/status")
    Response status(@PathParam("orderId") String orderId, String body);
}
