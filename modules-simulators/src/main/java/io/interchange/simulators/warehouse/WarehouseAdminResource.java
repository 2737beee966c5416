package io.interchange.simulators.warehouse;

import io.interchange.simulators.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The warehouse's admin API for tests and the demo ({@code /sim/warehouse}): counts, pick
 * orders with their lines and shipments, a shipment made on request, the worker paused or
 * resumed, the database server stopped or started, the {@code SHIPMENT} table renamed. No auth.
 * It reads the database from inside this process, so it answers while the server is stopped.
 */
@RequestScoped
@Path("sim/warehouse")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseAdminResource {

    @Inject
    Warehouse warehouse;

    @Inject
    WarehouseDatabase database;

    @Inject
    WarehouseWorker worker;

    /**
     * {@code {"pickOrders", "pickLines", "shipments", "pickOrdersPerOrderNumberMax", "jdbcUrl",
     * "databaseRunning", "workerPaused", "shipAfterSeconds", "shipmentTableRenamed"}}.
     */
    @GET
    @Path("summary")
    public JsonObject summary() {
        try {
            WarehouseCounts counts = warehouse.counts();
            return Json.createObjectBuilder()
                    .add("pickOrders", counts.pickOrders())
                    .add("pickLines", counts.pickLines())
                    .add("shipments", counts.shipments())
                    .add("pickOrdersPerOrderNumberMax", counts.pickOrdersPerOrderNumberMax())
                    .add("jdbcUrl", database.jdbcUrl())
                    .add("databaseRunning", database.running())
                    .add("workerPaused", worker.paused())
                    .add("shipAfterSeconds", worker.shipAfterSeconds())
                    .add("shipmentTableRenamed", warehouse.shipmentTableRenamed())
                    .build();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @GET
    @Path("pick-orders/{orderId}")
    public JsonObject pickOrder(@PathParam("orderId") String orderId) {
        try {
            return PickOrderJson.of(warehouse.pickOrder(orderId)
                    .orElseThrow(() -> Problem.notFound("There is no pick order " + orderId + ".")));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The pick orders of {@code orderNumber} (every pick order without it), oldest first. */
    @GET
    @Path("pick-orders")
    public JsonArray pickOrders(@QueryParam("orderNumber") String orderNumber) {
        try {
            JsonArrayBuilder list = Json.createArrayBuilder();
            warehouse.pickOrders(orderNumber).forEach(order -> list.add(PickOrderJson.of(order)));
            return list.build();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** {@code {"orderId": "..."}}: a shipment now, even for an order shipped before; 201 with the shipment. */
    @POST
    @Path("shipments")
    public Response ship(String body) {
        String orderId = orderId(body);
        try {
            Shipment shipment = warehouse.ship(orderId, Instant.now())
                    .orElseThrow(() -> Problem.notFound("There is no pick order " + orderId + "."));
            return Response.status(Response.Status.CREATED).entity(PickOrderJson.of(shipment))
                    .type(MediaType.APPLICATION_JSON).build();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @POST
    @Path("database/stop")
    public JsonObject stopDatabase() {
        database.stopServer();
        return databaseState();
    }

    @POST
    @Path("database/start")
    public JsonObject startDatabase() {
        try {
            database.startServer();
        } catch (SQLException e) {
            throw failed(e);
        }
        return databaseState();
    }

    private JsonObject databaseState() {
        return Json.createObjectBuilder()
                .add("databaseRunning", database.running())
                .add("jdbcUrl", database.jdbcUrl())
                .build();
    }

    @POST
    @Path("worker/pause")
    public JsonObject pauseWorker() {
        worker.pause();
        return workerState();
    }

    @POST
    @Path("worker/resume")
    public JsonObject resumeWorker() {
        worker.resume();
        return workerState();
    }

    private JsonObject workerState() {
        return Json.createObjectBuilder().add("workerPaused", worker.paused()).build();
    }

    @POST
    @Path("faults/shipment-table-renamed")
    public JsonObject renameShipmentTable() {
        return shipmentTableRenamed(true);
    }

    @DELETE
    @Path("faults/shipment-table-renamed")
    public JsonObject restoreShipmentTable() {
        return shipmentTableRenamed(false);
    }

    private JsonObject shipmentTableRenamed(boolean renamed) {
        try {
            warehouse.renameShipmentTable(renamed);
            return Json.createObjectBuilder().add("shipmentTableRenamed", warehouse.shipmentTableRenamed()).build();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static String orderId(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.invalidField("/orderId", "is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            String orderId = reader.readObject().getString("orderId", null);
            if (orderId == null || orderId.isBlank()) {
                throw Problem.invalidField("/orderId", "is required");
            }
            return orderId;
        } catch (JsonException | IllegalStateException e) {
            throw Problem.badRequest("The body is no JSON object: " + e.getMessage());
        }
    }

    private static Problem failed(SQLException e) {
        return new Problem(500, "warehouse-database", "The warehouse database failed (SQL state " + e.getSQLState()
                + "): " + e.getMessage());
    }
}
