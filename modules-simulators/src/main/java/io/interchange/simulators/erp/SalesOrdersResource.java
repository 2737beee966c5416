package io.interchange.simulators.erp;

import io.interchange.simulators.ODataError;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ERP's API the platform calls (Business Central API v2.0 style): under
 * {@code /erp/api/v2.0/companies({companyId})}. Only the configured company exists.
 */
@RequestScoped
@Path("erp/api/v2.0/companies({companyId})")
@Simulates(SimulatedSystem.ERP)
@Produces(MediaType.APPLICATION_JSON)
public class SalesOrdersResource {

    private static final Set<String> EXPANDABLE = Set.of("shipments", "payments", "salesOrderLines");

    @Inject
    SalesOrders salesOrders;

    @Inject
    @ConfigProperty(name = "erp.company-id", defaultValue = "cronus")
    String companyId;

    @GET
    @Path("salesOrders")
    public JsonObject find(@PathParam("companyId") String company, @QueryParam("$filter") String filter,
            @QueryParam("$expand") String expand) {
        requireCompany(company);
        Set<String> expanded = expansions(expand);
        JsonArrayBuilder value = Json.createArrayBuilder();
        try {
            salesOrders.matching(ODataFilter.parse(filter)).forEach(order -> value.add(
                    SalesOrderJson.of(order, expanded.contains("shipments"), expanded.contains("payments"))));
        } catch (IllegalArgumentException e) {
            throw ODataError.badRequest(e.getMessage());
        }
        return Json.createObjectBuilder().add("value", value).build();
    }

    @POST
    @Path("salesOrders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("companyId") String company, JsonObject body, @Context UriInfo uri) {
        requireCompany(company);
        salesOrders.countPostAttempt();
        SalesOrderRequest request;
        try {
            request = SalesOrderRequest.of(body);
        } catch (IllegalArgumentException e) {
            throw ODataError.badRequest(e.getMessage());
        }
        if (salesOrders.failsAlways(request.externalDocumentNumber())) {
            throw new ODataError(500, "Internal_ServerError", "An unexpected error occurred while posting "
                    + request.externalDocumentNumber() + ".");
        }
        try {
            SalesOrder order = salesOrders.create(request);
            URI location = uri.getBaseUriBuilder()
                    .path("erp/api/v2.0/companies(" + company + ")/salesOrders(" + order.id() + ")").build();
            return Response.created(location).entity(SalesOrderJson.of(order, false, false)).build();
        } catch (DuplicateExternalDocument duplicate) {
            throw ODataError.conflict("Internal_EntityWithSameKeyExists", duplicate.getMessage());
        }
    }

    @GET
    @Path("salesOrders({id})")
    public JsonObject salesOrder(@PathParam("companyId") String company, @PathParam("id") String id,
            @QueryParam("$expand") String expand) {
        requireCompany(company);
        Set<String> expanded = expansions(expand);
        return SalesOrderJson.of(salesOrder(id), expanded.contains("shipments"), expanded.contains("payments"));
    }

    @POST
    @Path("salesOrders({id})/Microsoft.NAV.cancel")
    public Response cancel(@PathParam("companyId") String company, @PathParam("id") String id) {
        requireCompany(company);
        try {
            salesOrder(id).cancel(Instant.now());
        } catch (SalesOrderConflict conflict) {
            throw ODataError.conflict("Request_StatusDoesNotAllowCancel", conflict.getMessage());
        }
        return Response.noContent().build();
    }

    private SalesOrder salesOrder(String id) {
        String guid = unquoted(id);
        return salesOrders.find(guid).orElseThrow(() -> ODataError.notFound(
                "The sales order " + guid + " does not exist."));
    }

    private void requireCompany(String company) {
        if (!companyId.equals(unquoted(company))) {
            throw ODataError.notFound("The company " + company + " does not exist.");
        }
    }

    private static Set<String> expansions(String expand) {
        if (expand == null || expand.isBlank()) {
            return Set.of();
        }
        Set<String> names = Set.copyOf(Arrays.stream(expand.split(",")).map(String::trim).toList());
        names.stream().filter(n -> !EXPANDABLE.contains(n)).findFirst().ifPresent(n -> {
            throw ODataError.badRequest("Could not find a navigation property named '" + n + "' to expand; "
                    + "expandable: " + EXPANDABLE + ".");
        });
        return names;
    }

    /** Business Central accepts keys bare ({@code companies(cronus)}) or quoted ({@code companies('cronus')}). */
    private static String unquoted(String key) {
        return key.length() >= 2 && key.startsWith("'") && key.endsWith("'") ? key.substring(1, key.length() - 1) : key;
    }
}
