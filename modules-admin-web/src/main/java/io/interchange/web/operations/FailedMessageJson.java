package io.interchange.web.operations;

import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailureGroupCount;
import io.interchange.platform.journal.JournalEntry;
import io.interchange.platform.operations.FailedMessageDetail;
import io.interchange.platform.operations.ResubmitOutcome;
import io.interchange.web.api.ProblemMapper;
import io.interchange.web.api.PublicText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the errors queue. Absent values are {@code null}, so every object has one shape. */
final class FailedMessageJson {

    private FailedMessageJson() {
    }

    static JsonObjectBuilder summary(FailedMessage f) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", f.id());
        put(json, "status", f.status().name());
        put(json, "group", f.failureGroup());
        put(json, "system", f.system());
        put(json, "consumer", f.consumer());
        put(json, "queue", f.queue());
        put(json, "messageId", f.messageId());
        put(json, "type", f.messageType());
        put(json, "source", f.source());
        put(json, "businessKey", f.correlationId());
        put(json, "reason", PublicText.of(f.reason()));
        put(json, "failedAt", f.failedAt());
        put(json, "resolvedAt", f.resolvedAt());
        put(json, "resolvedBy", f.resolvedBy());
        put(json, "resolution", f.resolution());
        return json;
    }

    static JsonObject detail(FailedMessageDetail detail) {
        FailedMessage f = detail.message();
        JsonObjectBuilder envelope = Json.createObjectBuilder();
        put(envelope, "id", f.messageId());
        put(envelope, "source", f.source());
        put(envelope, "type", f.messageType());
        put(envelope, "subject", f.subject());
        put(envelope, "time", f.time());
        put(envelope, "correlationId", f.correlationId());
        put(envelope, "causationId", f.causationId());
        put(envelope, "targetSystem", f.targetSystem());
        put(envelope, "operation", f.operation());
        put(envelope, "deliveryKind", f.deliveryKind().wireName());
        envelope.add("retryCount", f.retryCount());

        JsonArrayBuilder attempts = Json.createArrayBuilder();
        for (JournalEntry attempt : detail.attempts()) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            put(json, "at", attempt.at());
            put(json, "consumer", attempt.actor());
            put(json, "error", PublicText.of(attempt.detail()));
            attempts.add(json);
        }

        FailedMessageDetail.Lineage lineage = detail.lineage();
        JsonArrayBuilder resubmits = Json.createArrayBuilder();
        for (FailedMessageDetail.Resubmit resubmit : lineage.resubmits()) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            put(json, "messageId", resubmit.messageId());
            put(json, "at", resubmit.at());
            put(json, "by", resubmit.by());
            put(json, "lastHop", resubmit.lastHop());
            json.add("failedAgainAs", ids(resubmit.failedAgainAs()));
            resubmits.add(json);
        }
        JsonObjectBuilder lineageJson = Json.createObjectBuilder();
        put(lineageJson, "causationId", lineage.causationId());
        put(lineageJson, "resubmitOf", lineage.resubmitOf());
        lineageJson.add("resubmits", resubmits);

        return summary(f)
                .add("envelope", envelope)
                .add("payload", payload(f.data()))
                .add("attempts", attempts)
                .add("lineage", lineageJson)
                .build();
    }

    static JsonObject list(List<FailedMessage> messages) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        messages.forEach(m -> items.add(summary(m)));
        return Json.createObjectBuilder().add("count", messages.size()).add("failed", items).build();
    }

    static JsonObject groups(List<FailureGroupCount> groups) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (FailureGroupCount g : groups) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            put(json, "group", g.group());
            put(json, "consumer", g.consumer());
            put(json, "type", g.type());
            json.add("count", g.count());
            put(json, "oldest", g.oldest());
            put(json, "newest", g.newest());
            items.add(json);
        }
        return Json.createObjectBuilder().add("groups", items).build();
    }

    static JsonObject outcomes(List<ResubmitOutcome> outcomes) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        long resubmitted = 0;
        for (ResubmitOutcome outcome : outcomes) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", outcome.failedMessageId());
            if (outcome.resubmitted()) {
                resubmitted++;
                json.add("outcome", "RESUBMITTED").add("messageId", outcome.messageId());
            } else {
                json.add("outcome", "REFUSED").add("problem", Json.createReader(new StringReader(
                        (String) ProblemMapper.refusal(outcome.refusal()).getResponse().getEntity())).readObject());
            }
            results.add(json);
        }
        return Json.createObjectBuilder()
                .add("resubmitted", resubmitted)
                .add("refused", outcomes.size() - resubmitted)
                .add("results", results)
                .build();
    }

    /** The payload as JSON when it is JSON (it should be), else as the text it is. */
    static JsonValue payload(String data) {
        if (data == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(data))) {
            return reader.readValue();
        } catch (JsonException e) {
            return Json.createValue(data);
        }
    }

    private static JsonArrayBuilder ids(List<Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }

    static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Long number) {
            json.add(name, number);
        } else if (value instanceof Instant instant) {
            json.add(name, instant.toString());
        } else {
            json.add(name, value.toString());
        }
    }
}
