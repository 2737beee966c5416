package io.interchange.platform.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.message.Envelope;

/**
 * What every mapping and data filter sees: the message in the CloudEvents JSON format, its
 * attributes and extensions at the top ({@code type}, {@code source}, {@code correlationid}, …)
 * and its JSON data under {@code data}.
 */
public final class StandardMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StandardMessage() {
    }

    public static ObjectNode of(Envelope message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("specversion", Envelope.SPEC_VERSION);
        node.put("id", message.id());
        node.put("source", message.source());
        node.put("type", message.type());
        putIfPresent(node, "subject", message.subject());
        putIfPresent(node, "time", message.time() == null ? null : message.time().toString());
        putIfPresent(node, "correlationid", message.correlationId());
        putIfPresent(node, "causationid", message.causationId());
        putIfPresent(node, "targetsystem", message.targetSystem());
        putIfPresent(node, "operation", message.operation());
        node.put("deliverykind", message.deliveryKind().name().toLowerCase());
        node.put("retrycount", message.retryCount());
        node.set("data", data(message));
        return node;
    }

    private static JsonNode data(Envelope message) {
        if (message.data() == null || message.data().isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(message.data());
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(message.data());
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
