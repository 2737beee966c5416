package io.interchange.erp.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The ERP's salesOrders API as a MicroProfile REST Client interface; answers are classified by {@link ErpClient}. */
@Path("/companies({companyId})")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ErpApi {

    @GET
    @Path("/salesOrders")
    Response find(@PathParam("companyId") String companyId, @QueryParam("$filter") String filter);

    @POST
    @Path("/salesOrders")
    Response create(@PathParam("companyId") String companyId, String salesOrder);

    @GET
    @Path("/salesOrders({id})")
    Response get(@PathParam("companyId") String companyId, @PathParam("id") String id,
            @QueryParam("$expand") String expand);

    @POST
    @Path("/salesOrders({id})/Microsoft.NAV.cancel")
    Response cancel(@PathParam("companyId") String companyId, @PathParam("id") String id);
}
