package io.interchange.simulators.ecp;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import io.interchange.simulators.StoredAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shop's REST API the platform calls: read an order; write back the ERP
 * reference, payments, shipments and status. POSTs must carry {@code Idempotency-Key}; a
 * repeated key gets the first answer and has no second effect (PUTs honour a key too).
 */
@RequestScoped
@Path("ecp/orders/{orderId}")
@Simulates(SimulatedSystem.ECP)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EcpOrdersResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Inject
    Shop shop;

    @GET
    public JsonObject order(@PathParam("orderId") String orderId) {
        return OrderJson.contract(shop.order(orderId));
    }

    @PUT
    @Path("erp-reference")
    public Response erpReference(@PathParam("orderId") String orderId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, JsonObject body) {
        ErpReference reference = new ErpReference(requiredString(body, "erpOrderId"),
                requiredString(body, "erpOrderNumber"));
        return answer(shop.once(orderId, "erp-reference", idempotencyKey, () -> {
            EcpOrder order = shop.order(orderId);
            try {
                order.assignErpReference(reference);
            } catch (OrderConflict conflict) {
                throw Problem.conflict(conflict.getMessage());
            }
            return new StoredAnswer(200, OrderJson.contract(order).toString());
        }));
    }

    @POST
    @Path("payments")
    public Response payment(@PathParam("orderId") String orderId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, JsonObject body) {
        requireKey(idempotencyKey);
        String status = requiredString(body, "status");
        String amount = requiredString(body, "amount");
        if (!Money.isWireFormat(amount)) {
            throw Problem.invalidField("/amount", "must be a string with two decimals, like \"53.98\"");
        }
        String currency = requiredString(body, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw Problem.invalidField("/currency", "must be an ISO 4217 code, like \"EUR\"");
        }
        String reference = optionalString(body, "reference");
        return answer(shop.once(orderId, "payments", idempotencyKey, () -> {
            Payment payment = shop.order(orderId).addPayment(status, amount, currency, reference, now());
            return new StoredAnswer(201, OrderJson.payment(payment).toString());
        }));
    }

    @POST
    @Path("shipments")
    public Response shipment(@PathParam("orderId") String orderId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, JsonObject body) {
        requireKey(idempotencyKey);
        String carrier = requiredString(body, "carrier");
        String trackingNumber = requiredString(body, "trackingNumber");
        String shippedAt = optionalString(body, "shippedAt");
        if (shippedAt == null) {
            shippedAt = now().toString();
        } else {
            try {
                OffsetDateTime.parse(shippedAt);
            } catch (DateTimeParseException e) {
                throw Problem.invalidField("/shippedAt", "must be an RFC 3339 date-time");
            }
        }
        List<Shipment.Line> lines = shipmentLines(body);
        String at = shippedAt;
        return answer(shop.once(orderId, "shipments", idempotencyKey, () -> {
            Shipment shipment = shop.order(orderId).addShipment(carrier, trackingNumber, at, lines, now());
            return new StoredAnswer(201, OrderJson.shipment(shipment).toString());
        }));
    }

    @PUT
    @Path("status")
    public Response status(@PathParam("orderId") String orderId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, JsonObject body) {
        String value = requiredString(body, "status");
        OrderStatus status = OrderStatus.parse(value).orElseThrow(() -> Problem.invalidField("/status",
                "must be one of " + List.of(OrderStatus.values()) + ", not " + value));
        return answer(shop.once(orderId, "status", idempotencyKey, () -> {
            EcpOrder order = shop.order(orderId);
            order.changeStatus(status, now());
            return new StoredAnswer(200, OrderJson.contract(order).toString());
        }));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Response answer(StoredAnswer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }

    private static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw Problem.badRequest("Every POST needs an " + IDEMPOTENCY_KEY + " header.");
        }
    }

    private static String requiredString(JsonObject body, String field) {
        String value = optionalString(body, field);
        if (value == null || value.isBlank()) {
            throw Problem.invalidField("/" + field, "is required (a string)");
        }
        return value;
    }

    private static String optionalString(JsonObject body, String field) {
        if (body == null) {
            throw Problem.badRequest("A JSON object body is required.");
        }
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw Problem.invalidField("/" + field, "must be a string");
        }
        return body.getString(field);
    }

    private static List<Shipment.Line> shipmentLines(JsonObject body) {
        List<Shipment.Line> lines = new ArrayList<>();
        JsonValue value = body.get("lines");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return lines;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw Problem.invalidField("/lines", "must be an array");
        }
        int index = 0;
        for (JsonValue item : value.asJsonArray()) {
            String pointer = "/lines/" + index++;
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Problem.invalidField(pointer, "must be an object");
            }
            JsonObject line = item.asJsonObject();
            String sku = line.getString("sku", null);
            if (sku == null || sku.isBlank()) {
                throw Problem.invalidField(pointer + "/sku", "is required (a string)");
            }
            JsonValue quantity = line.get("quantity");
            if (!(quantity instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1) {
                throw Problem.invalidField(pointer + "/quantity", "must be a whole number of at least 1");
            }
            lines.add(new Shipment.Line(sku, number.intValue()));
        }
        return lines;
    }
}
