package io.interchange.platform.http;

import io.interchange.platform.bus.Fanout;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.catalog.Answers;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The effect of a delivery to a catalog system (run by the platform's consumer of
 * {@link Fanout#QUEUE} inside the ledger's transaction): the call, its answer's meaning, and on
 * success the reply event, published with the ledger entry so that it exists exactly once.
 */
@ApplicationScoped
public class OperationDelivery {

    @Inject
    OperationCall calls;

    @Inject
    MessageBus bus;

    @Inject
    Journal journal;

    public void deliver(Envelope message) {
        OperationCall.Target target = calls.target(message);
        String system = target.system().system();
        OperationCall.Answer answer = calls.call(target, message);
        String what = target.operation().method() + " " + target.name() + " " + answer.outcome();
        if (answer.meaning() == Answers.Meaning.RETRY_LATER) {
            throw new TransientFailure(system, what + body(answer), HttpOutcome.parseRetryAfter(answer.header("Retry-After")), null,
                    answer.status() == 408 || answer.status() == 429 || answer.status() >= 500);
        }
        if (answer.meaning() == Answers.Meaning.PERMANENT_FAILURE) {
            throw new PermanentFailure(system, what + body(answer));
        }
        journal.record(message, Hop.DELIVERED, Fanout.consumer(system, target.operation().name()), what);
        calls.replyData(target, answer, message).ifPresent(data -> {
            String id = UUID.nameUUIDFromBytes((message.id() + "|reply").getBytes(StandardCharsets.UTF_8)).toString();
            Envelope reply = new Envelope(id, "/interchange/systems/" + system, target.operation().reply().type(), null,
                    Instant.now(), CanonicalJson.write(data), message.correlationId(), message.id(), null, null,
                    DeliveryKind.ORIGINAL, 0, null);
            boolean taken = bus.publishIfTaken(reply);
            journal.record(reply, Hop.PUBLISHED, target.name(), taken ? "reply " + reply.type()
                    : "reply " + reply.type() + ", which nothing subscribes to");
        });
    }

    private static String body(OperationCall.Answer answer) {
        String body = answer.body();
        return body == null || body.isBlank() ? "" : ": " + (body.length() <= 300 ? body : body.substring(0, 300) + "…");
    }
}
