package io.interchange.simulators.ecp;

import io.interchange.simulators.Problem;
import io.interchange.simulators.intake.IntakeSend;
import io.interchange.simulators.intake.IntakeSends;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's admin API for tests and the demo ({@code /sim/ecp}): place orders (which sends
 * {@code ecp.order.created}), cancel, send a duplicate webhook, inspect. No auth, no faults.
 */
@RequestScoped
@Path("sim/ecp")
@Produces(MediaType.APPLICATION_JSON)
public class ShopAdminResource {

    static final int MAX_ORDERS_PER_CALL = 10_000;

    @Inject
    Shop shop;

    @Inject
    ShopEvents events;

    @Inject
    IntakeSends sends;

    /**
     * {@code {"count":N, "ratePerSecond":R, "lines":n | [{"sku","name","quantity","unitPrice"}],
     * "number":"EU-1", "send":true}}, all optional; {@code number} (one order only) places it under
     * a number the shop may have used already, as a shop does after a reset or an import. Without a rate, every event is sent before answering and the
     * answer carries the intake's status; with one, the events are sent at that rate in the
     * background. With {@code "send":false} no event is sent (the benchmark sends its own).
     */
    @POST
    @Path("orders")
    public Response placeOrders(String body) {
        JsonObject request = parse(body);
        int count = intField(request, "count", 1);
        if (count < 1 || count > MAX_ORDERS_PER_CALL) {
            throw Problem.invalidField("/count", "must be between 1 and " + MAX_ORDERS_PER_CALL);
        }
        double rate = request.get("ratePerSecond") instanceof JsonNumber n ? n.doubleValue() : 0;
        if (request.containsKey("ratePerSecond") && rate <= 0 && request.get("ratePerSecond") != JsonValue.NULL) {
            throw Problem.invalidField("/ratePerSecond", "must be a number above 0");
        }
        int lineCount = 0;
        List<LineRequest> lines = new ArrayList<>();
        JsonValue linesValue = request.get("lines");
        if (linesValue instanceof JsonNumber n) {
            lineCount = n.intValue();
        } else if (linesValue != null && linesValue.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : linesValue.asJsonArray()) {
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw Problem.invalidField("/lines", "must hold objects");
                }
                JsonObject line = item.asJsonObject();
                lines.add(new LineRequest(line.getString("sku", null), line.getString("name", null),
                        line.get("quantity") instanceof JsonNumber q ? q.intValue() : null,
                        line.getString("unitPrice", null)));
            }
        }
        String number = request.getString("number", null);
        if (number != null && (count != 1 || number.isBlank())) {
            throw Problem.invalidField("/number", "must be a non-empty string, and only with \"count\": 1");
        }
        List<EcpOrder> placed;
        try {
            placed = shop.place(count, lineCount, lines, number);
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField("/lines", e.getMessage());
        }
        JsonArrayBuilder answer = Json.createArrayBuilder();
        if (!request.getBoolean("send", true)) {
            placed.forEach(order -> answer.add(Json.createObjectBuilder().add("orderId", order.id())
                    .add("number", order.number())));
            return Response.ok(Json.createObjectBuilder().add("orders", answer).build()).build();
        }
        for (int i = 0; i < placed.size(); i++) {
            EcpOrder order = placed.get(i);
            IntakeSend send = rate > 0
                    ? events.orderCreatedLater(order, Duration.ofMillis(Math.round(i * 1000 / rate)))
                    : events.orderCreated(order);
            answer.add(sent(Json.createObjectBuilder().add("orderId", order.id()).add("number", order.number()), send));
        }
        return Response.accepted(Json.createObjectBuilder().add("orders", answer).build()).build();
    }

    @GET
    @Path("orders")
    public JsonObject orders() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (EcpOrder order : shop.orders()) {
            list.add(order.<JsonObject>read(o -> {
                JsonObjectBuilder json = Json.createObjectBuilder()
                        .add("orderId", o.id()).add("number", o.number()).add("status", o.status().name())
                        .add("version", o.version()).add("grandTotal", o.totals().grandTotal().toString());
                if (o.erpReference() == null) {
                    json.addNull("erpReference");
                } else {
                    json.add("erpReference", OrderJson.erpReference(o.erpReference()));
                }
                return json.build();
            }));
        }
        return Json.createObjectBuilder().add("orders", list).build();
    }

    @GET
    @Path("orders/{orderId}")
    public JsonObject order(@PathParam("orderId") String orderId) {
        EcpOrder order = shop.order(orderId);
        return OrderJson.state(order, sends.ofEvents(order.eventIds()));
    }

    @POST
    @Path("orders/{orderId}/cancel")
    public Response cancel(@PathParam("orderId") String orderId) {
        EcpOrder order = shop.order(orderId);
        IntakeSend send = events.orderCancelled(order);
        return Response.accepted(sent(Json.createObjectBuilder().add("orderId", orderId), send).build()).build();
    }

    @POST
    @Path("orders/{orderId}/resend-created")
    public Response resendCreated(@PathParam("orderId") String orderId) {
        EcpOrder order = shop.order(orderId);
        IntakeSend send = events.resendCreated(order);
        return Response.accepted(sent(Json.createObjectBuilder().add("orderId", orderId), send).build()).build();
    }

    @GET
    @Path("summary")
    public JsonObject summary() {
        return shop.summary();
    }

    private static JsonObjectBuilder sent(JsonObjectBuilder json, IntakeSend send) {
        return send.outcomeInto(json);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Problem.badRequest("The body must be a JSON object: " + e.getMessage());
        }
    }

    private static int intField(JsonObject request, String field, int defaultValue) {
        JsonValue value = request.get(field);
        if (value == null || value == JsonValue.NULL) {
            return defaultValue;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw Problem.invalidField("/" + field, "must be a whole number");
        }
        return number.intValue();
    }
}
