package io.interchange.platform.facade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.bus.Fanout;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.catalog.Answers;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.contract.MessageSchemas;
import io.interchange.platform.http.OperationCall;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Requests to a catalog system's operation that come from a person or an API client rather than
 * from a subscription. Every one is a standard message of type {@value #TYPE} addressed to the
 * operation, its data the input, its business key the caller's (or its own id), so it is on the
 * timeline like any other.
 */
@ApplicationScoped
public class OperationRequests {

    /** The type of a message that asks an operation of a system to run. */
    public static final String TYPE = "interchange.operation.requested";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Catalog catalog;

    @Inject
    MessageBus bus;

    @Inject
    Journal journal;

    @Inject
    AuditTrail audit;

    @Inject
    OperationCall calls;

    /** @throws OperationNotFound when the catalog has no such system or operation */
    public OperationCall.Target target(String system, String operation) {
        SystemDescription described = catalog.system(system)
                .orElseThrow(() -> new OperationNotFound("no system " + system + " in the catalog"));
        Operation found = described.operation(operation).orElseThrow(() -> new OperationNotFound(
                "the system " + system + " has no operation " + operation));
        return new OperationCall.Target(described, found);
    }

    /**
     * The message asking the operation to run with this input.
     *
     * @param input       JSON text
     * @param businessKey how the caller tracks it, or null (then the message's id)
     * @throws InvalidInput input that is not JSON or breaks the operation's input schema
     */
    public Envelope message(OperationCall.Target target, String input, String businessKey, String source,
            DeliveryKind kind) {
        JsonNode data;
        try {
            data = JSON.readTree(input == null ? "" : input);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("", "the input is not JSON: " + e.getOriginalMessage());
        }
        if (data == null || data.isMissingNode()) {
            throw new InvalidInput("", "the input is missing: send a JSON value");
        }
        JsonNode schema = target.operation().inputSchema();
        if (schema != null) {
            MessageSchemas.check("the input of " + target.name(), schema.toString(), data).ifPresent(violation -> {
                throw new InvalidInput(violation.pointer(), violation.detail());
            });
        }
        String id = UUID.randomUUID().toString();
        return new Envelope(id, source, TYPE, target.name(), Instant.now(), data.toString(),
                businessKey == null || businessKey.isBlank() ? id : businessKey, null, target.system().system(),
                target.operation().name(), kind, 0, null);
    }

    /** Sends the message over the bus: delivered like a subscription's, with retries, parking and the errors queue. */
    @Transactional
    public void enqueue(Envelope message, String caller) {
        send(message, "facade", "from " + caller);
    }

    /** Sends a message by hand ({@code deliverykind=manual}), audited under the person's or key's name. */
    @Transactional
    public void sendManual(Envelope message, String actor, String note) {
        send(message, "manual", "by " + actor + (note == null || note.isBlank() ? "" : ": " + note));
        audit.record(actor, AuditAction.MANUAL_MESSAGE_SENT, null, message.id(), null,
                message.targetSystem() + "/" + message.operation() + " " + message.data(), note);
    }

    private void send(Envelope message, String actor, String received) {
        journal.record(message, Hop.RECEIVED, actor, received);
        bus.send(Fanout.QUEUE, message);
        journal.record(message, Hop.ENQUEUED, actor, Fanout.consumer(message.targetSystem(), message.operation()));
    }

    /**
     * Calls the operation now, outside any transaction, and journals the call and its outcome.
     *
     * @throws io.interchange.platform.delivery.TransientFailure no answer (refused, timed out: see its cause)
     * @throws io.interchange.platform.delivery.PermanentFailure a request that cannot be made (a mapping, a secret)
     */
    public OperationCall.Answer callNow(OperationCall.Target target, Envelope message, String caller) {
        journal.recordAlone(message, Hop.RECEIVED, "facade", "from " + caller + ", called at once");
        try {
            OperationCall.Answer answer = calls.call(target, message);
            journal.recordAlone(message, answer.meaning() == Answers.Meaning.DELIVERED
                    ? Hop.DELIVERED : Hop.ATTEMPT_FAILED, target.name(), target.operation().method() + " "
                    + answer.outcome());
            return answer;
        } catch (RuntimeException e) {
            journal.recordAlone(message, Hop.ATTEMPT_FAILED, target.name(), e.getMessage());
            throw e;
        }
    }
}
