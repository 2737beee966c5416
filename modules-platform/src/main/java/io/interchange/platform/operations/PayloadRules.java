package io.interchange.platform.operations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.interchange.platform.contract.MessageSchemas;
import io.interchange.platform.operator.OperationRefusedException;

/**
 * What an edited payload must be: strict JSON (no duplicate keys, nothing after the document)
 * and, for a type whose owner brings a JSON Schema, valid against it.
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

    private PayloadRules() {
    }

    /** @throws OperationRefusedException (invalid) naming the field at fault */
    public static void check(String type, String payload, MessageSchemas schemas) {
        if (payload == null || payload.isBlank()) {
            throw OperationRefusedException.invalid("", "the payload is empty");
        }
        JsonNode json;
        try {
            json = STRICT_JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw OperationRefusedException.invalid("", "the payload is not valid JSON: " + e.getOriginalMessage());
        }
        schemas.check(type, json).ifPresent(violation -> {
            throw OperationRefusedException.invalid(violation.pointer(), violation.detail());
        });
    }
}
