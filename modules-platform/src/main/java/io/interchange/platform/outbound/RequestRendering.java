package io.interchange.platform.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.mapping.Mapping;
import io.interchange.platform.mapping.MappingFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds an operation's request from the standard message, and its reply event's data from an answer. */
public final class RequestRendering {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestRendering() {
    }

    /**
     * @throws MappingFailure naming the mapping that failed: a JSONata error, a path parameter or
     *                        idempotency key that yields nothing
     */
    public static OutboundRequest render(Operation operation, JsonNode message) {
        Operation.RequestMapping request = operation.request();
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, mapping) -> mapping.text(message).ifPresent(value -> headers.put(name,
                headerValue(mapping, value))));
        if (operation.idempotencyKey() != null) {
            Mapping template = operation.idempotencyKey().template();
            headers.put(operation.idempotencyKey().header(), headerValue(template, required(template, message)));
        }
        JsonNode body = request.body() == null ? null : request.body().evaluate(message);
        if (body != null && body.isMissingNode()) {
            throw new MappingFailure(request.body().name(), "the body mapping yields nothing for this message", null);
        }
        return new OutboundRequest(operation.method(), path(operation, message), headers, body);
    }

    private static String path(Operation operation, JsonNode message) {
        Matcher placeholder = PLACEHOLDER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (placeholder.find()) {
            Mapping mapping = operation.request().pathParameters().get(placeholder.group(1));
            String value = required(mapping, message);
            placeholder.appendReplacement(path, Matcher.quoteReplacement(
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        placeholder.appendTail(path);
        return path.toString();
    }

    private static String required(Mapping mapping, JsonNode message) {
        return mapping.text(message).filter(value -> !value.isEmpty()).orElseThrow(() ->
                new MappingFailure(mapping.name(), "yields nothing for this message", null));
    }

    /** A header value must not split the request: no line breaks or other control characters. */
    private static String headerValue(Mapping mapping, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new MappingFailure(mapping.name(), "the header value holds a control character", null);
        }
        return value;
    }

    /**
     * The data of the reply event a delivered answer maps to.
     *
     * @param answerBody the answer's body as JSON (text wrapped as a JSON string), or null
     */
    public static JsonNode reply(Operation.Reply reply, int status, Map<String, String> answerHeaders,
            JsonNode answerBody, JsonNode message) {
        ObjectNode input = JSON.createObjectNode();
        input.put("status", status);
        input.set("headers", JSON.valueToTree(answerHeaders));
        input.set("body", answerBody == null ? JSON.nullNode() : answerBody);
        input.set("message", message);
        JsonNode data = reply.data().evaluate(input);
        if (data.isMissingNode()) {
            throw new MappingFailure(reply.data().name(), "the reply mapping yields nothing for this answer", null);
        }
        return data;
    }
}
