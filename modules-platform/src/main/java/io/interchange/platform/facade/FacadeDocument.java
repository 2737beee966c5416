package io.interchange.platform.facade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.catalog.SystemDescription;
import java.util.Collection;
import java.util.Comparator;

/**
 * The facade's OpenAPI 3.1 document, made from the catalog in force whenever it is asked for: one
 * documented path per operation, its input schema as the request body, its role and quota in
 * the description, and every answer the facade can give.
 */
public final class FacadeDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FacadeDocument() {
    }

    public static ObjectNode of(Collection<SystemDescription> systems) {
        ObjectNode document = JSON.createObjectNode();
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "Interchange API facade")
                .put("version", "1")
                .put("description", "Every operation of the systems in Interchange's catalog, called with your X-API-Key. "
                        + "Without Prefer the call is made at once and the system's answer returned; with "
                        + "Prefer: respond-async it is delivered over the bus, with retries, and answered 202.");
        document.putObject("components").putObject("securitySchemes").putObject("apiKey")
                .put("type", "apiKey").put("in", "header").put("name", "X-API-Key");
        document.putArray("security").addObject().putArray("apiKey");
        ObjectNode paths = document.putObject("paths");
        systems.stream().sorted(Comparator.comparing(SystemDescription::system)).forEach(system ->
                system.operations().forEach(operation -> paths.set("/api/v1/systems/" + system.system()
                        + "/operations/" + operation.name(), path(system, operation))));
        return document;
    }

    private static ObjectNode path(SystemDescription system, Operation operation) {
        ObjectNode post = JSON.createObjectNode();
        Operation.Facade facade = operation.facade();
        post.put("operationId", system.system() + "." + operation.name());
        post.putArray("tags").add(system.system());
        post.put("summary", operation.description() == null ? operation.name() : operation.description());
        post.put("description", "Calls " + operation.method() + " " + operation.path() + " of " + system.name()
                + ". Needs the role " + facade.role() + " or above; each key may call it " + facade.perSecond()
                + " times per second, " + (long) facade.burst() + " at once.");
        ArrayNode parameters = post.putArray("parameters");
        header(parameters, "Prefer", "respond-async: deliver over the bus (202) instead of calling at once");
        header(parameters, "X-Business-Key", "the key to find the call by on the timeline (default: the message id)");
        ObjectNode body = post.putObject("requestBody").put("required", true);
        JsonNode schema = operation.inputSchema() == null ? JSON.createObjectNode() : operation.inputSchema();
        body.putObject("content").putObject("application/json").set("schema", schema);
        ObjectNode responses = post.putObject("responses");
        responses.putObject("2XX").put("description", "the system's answer, as it gave it");
        responses.putObject("202").put("description", "respond-async: accepted; its tracking address is the Location");
        problem(responses, "400", "the input breaks the operation's input schema; the field is named");
        problem(responses, "401", "no or unknown API key");
        problem(responses, "403", "the key's role is below " + facade.role());
        problem(responses, "429", "over the key's quota for this operation; Retry-After");
        problem(responses, "502", "the system answered with a failure, or the request could not be made");
        problem(responses, "503", "the system is busy, unreachable or not online; Retry-After");
        problem(responses, "504", "the system did not answer within " + system.connection().readTimeout().toMillis() + " ms");
        ObjectNode item = JSON.createObjectNode();
        item.set("post", post);
        return item;
    }

    private static void header(ArrayNode parameters, String name, String description) {
        parameters.addObject().put("name", name).put("in", "header").put("required", false)
                .put("description", description).putObject("schema").put("type", "string");
    }

    private static void problem(ObjectNode responses, String status, String description) {
        responses.putObject(status).put("description", description).putObject("content")
                .putObject("application/problem+json").putObject("schema").put("type", "object");
    }
}
