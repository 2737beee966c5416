package io.interchange.web.facade;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Role;
import io.interchange.platform.facade.OperationNotFound;
import io.interchange.platform.facade.OperationRequests;
import io.interchange.platform.http.OperationCall;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import io.interchange.web.api.CallerKey;
import io.interchange.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/v1/operations/messages} (operator and above): sends a message by hand to a
 * predefined operation of a catalog system:
 * {@code {"system": "crm", "operation": "upsert-contact", "data": {...}, "note": "why", "businessKey": "optional"}}.
 * Checked against the operation's input schema, sent as a {@code manual} delivery over the bus,
 * audited with the caller's name and note; 202 with its tracking address.
 */
@Path("v1/operations/messages")
public class ManualMessagesResource {

    @Inject
    CallerKey callerKey;

    @Inject
    OperationRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message by hand to an operation of a catalog system (audited; operator and above)")
    public Response send(@HeaderParam(CallerKey.HEADER) String apiKey, String body) {
        ApiClient client = callerKey.requireRole(apiKey, Role.OPERATOR);
        JsonObject request = parse(body);
        String system = required(request, "system");
        String operation = required(request, "operation");
        if (!request.containsKey("data") || request.get("data").getValueType() == JsonValue.ValueType.NULL) {
            throw Problem.badRequest("data is required: the operation's input").field("/data", "required");
        }
        OperationCall.Target target;
        try {
            target = requests.target(system, operation);
        } catch (OperationNotFound e) {
            throw Problem.badRequest(e.getMessage()).field("/operation", e.getMessage());
        }
        Envelope message = SystemOperationsResource.message(requests, target, request.get("data").toString(),
                optional(request, "businessKey"), "/interchange/manual/" + client.name(), DeliveryKind.MANUAL);
        requests.sendManual(message, client.name(), optional(request, "note"));
        String tracking = "/api/v1/tracking/messages/" + message.id();
        return Response.accepted(Json.createObjectBuilder().add("messageId", message.id())
                .add("businessKey", message.correlationId()).add("status", tracking).build().toString())
                .location(URI.create(tracking)).build();
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Problem.badRequest("the body must be a JSON object with system, operation and data");
        }
    }

    private static String required(JsonObject request, String field) {
        String value = optional(request, field);
        if (value == null || value.isBlank()) {
            throw Problem.badRequest(field + " is required").field("/" + field, "required");
        }
        return value;
    }

    private static String optional(JsonObject request, String field) {
        JsonValue value = request.get(field);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
