package io.interchange.platform.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A request ready to send.
 *
 * @param path the operation's path with its placeholders filled, to append to the system's base URL
 * @param body null: no body
 */
public record OutboundRequest(String method, String path, Map<String, String> headers, JsonNode body) {

    public OutboundRequest {
        headers = Map.copyOf(headers);
    }
}
