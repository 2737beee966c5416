package io.interchange.platform.operations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.canonical.OrderMessages;
import io.interchange.platform.operator.OperationRefusedException;
import java.util.List;
import java.util.Map;

/**
 * What an edited payload must be: strict JSON (no duplicate keys, nothing after the document)
 * and, for the message types Interchange knows, an object with the fields their consumers need;
 * the platform's own {@code interchange.*} messages must also read as their canonical record.
 */
public final class PayloadRules {

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        STRICT_JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(64).build());
    }

    /** Required text (or number) fields, as JSON pointers, of each known type. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "ecp.order.created", List.of("/orderId"),
            "ecp.order.cancelled", List.of("/orderId"),
            "erp.salesorder.changed", List.of("/salesOrderId"),
            OrderMessages.ORDER_PLACED, List.of("/order/ecpOrderId", "/order/number"),
            OrderMessages.SALES_ORDER_LINKED, List.of("/ecpOrderId", "/erpOrderId"),
            OrderMessages.ERP_ORDER_CHANGED, List.of("/erpOrderId", "/ecpOrderNumber"),
            OrderMessages.CANCELLATION_REQUESTED, List.of("/ecpOrderId"),
            OrderMessages.CANCELLATION_ANSWERED, List.of("/ecpOrderId"));

    private static final Map<String, Class<?>> CANONICAL = Map.of(
            OrderMessages.ORDER_PLACED, OrderMessages.OrderPlaced.class,
            OrderMessages.SALES_ORDER_LINKED, OrderMessages.SalesOrderLinked.class,
            OrderMessages.ERP_ORDER_CHANGED, OrderMessages.ErpOrderChanged.class,
            OrderMessages.CANCELLATION_REQUESTED, OrderMessages.CancellationRequested.class,
            OrderMessages.CANCELLATION_ANSWERED, OrderMessages.CancellationAnswered.class);

    private PayloadRules() {
    }

    /** @throws OperationRefusedException (invalid) naming the field at fault */
    public static void check(String type, String payload) {
        if (payload == null || payload.isBlank()) {
            throw OperationRefusedException.invalid("", "the payload is empty");
        }
        JsonNode json;
        try {
            json = STRICT_JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw OperationRefusedException.invalid("", "the payload is not valid JSON: " + e.getOriginalMessage());
        }
        List<String> required = REQUIRED.get(type);
        if (required == null) {
            return;
        }
        if (!json.isObject()) {
            throw OperationRefusedException.invalid("", "the payload of " + type + " must be a JSON object");
        }
        for (String pointer : required) {
            requireField(type, json, pointer);
        }
        Class<?> record = CANONICAL.get(type);
        if (record != null) {
            try {
                CanonicalJson.mapper().treeToValue(json, record);
            } catch (JsonMappingException e) {
                throw OperationRefusedException.invalid(pointerOf(e), "the payload is not a valid "
                        + record.getSimpleName() + ": " + e.getOriginalMessage());
            } catch (JsonProcessingException e) {
                throw OperationRefusedException.invalid("", "the payload is not a valid " + record.getSimpleName()
                        + ": " + e.getOriginalMessage());
            }
        }
    }

    /** A missing parent is named rather than its missing child: {@code /order}, not {@code /order/number}. */
    private static void requireField(String type, JsonNode json, String pointer) {
        JsonNode node = json;
        int from = 1;
        while (true) {
            int slash = pointer.indexOf('/', from);
            String at = slash < 0 ? pointer : pointer.substring(0, slash);
            node = node.path(pointer.substring(from, slash < 0 ? pointer.length() : slash));
            if (slash < 0) {
                if (!(node.isTextual() || node.isNumber()) || node.asText().isBlank()) {
                    throw missing(type, at, node.isMissingNode() || node.isNull() ? "needs" : "needs a non-empty text in");
                }
                return;
            }
            if (!node.isObject()) {
                throw missing(type, at, node.isMissingNode() || node.isNull() ? "needs" : "needs an object in");
            }
            from = slash + 1;
        }
    }

    private static OperationRefusedException missing(String type, String pointer, String needs) {
        return OperationRefusedException.invalid(pointer, "the payload of " + type + " " + needs + " "
                + pointer.substring(1).replace('/', '.'));
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : step.getIndex());
        }
        return pointer.toString();
    }
}
