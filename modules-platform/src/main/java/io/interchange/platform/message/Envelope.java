package io.interchange.platform.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event plus the platform's extension attributes. Immutable; the same shape
 * travels from the HTTP intake over JMS to every consumer, and through retries and resubmits.
 *
 * @param id             the CloudEvents id; with {@code source} it identifies the event
 * @param source         the CloudEvents source, e.g. {@code /ecp/shop-eu}
 * @param type           the CloudEvents type, e.g. {@code ecp.order.created}
 * @param subject        optional CloudEvents subject
 * @param time           optional time the event happened
 * @param data           the JSON data, as text (never a serialized Java object)
 * @param correlationId  the business key (ECP order number, registration id): one timeline per key
 * @param causationId    the id of the message this one came from, or null for an original
 * @param targetSystem   the system this message is to be delivered to, or null
 * @param operation      the operation on the target system, or null
 * @param deliveryKind   original, retry, resubmit or manual
 * @param retryCount     how many times delivery has been retried
 * @param firstAttemptAt when delivery was first attempted, or null
 */
public record Envelope(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String data,
        String correlationId,
        String causationId,
        String targetSystem,
        String operation,
        DeliveryKind deliveryKind,
        int retryCount,
        Instant firstAttemptAt) {

    public static final String SPEC_VERSION = "1.0";

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        deliveryKind = deliveryKind == null ? DeliveryKind.ORIGINAL : deliveryKind;
    }

    /** An original event as received from a system, before any routing. */
    public static Envelope original(String id, String source, String type, String subject, Instant time,
            String data, String correlationId) {
        return new Envelope(id, source, type, subject, time, data, correlationId, null, null, null,
                DeliveryKind.ORIGINAL, 0, null);
    }

    /** The same message, sent again by the platform after a transient failure. */
    public Envelope asRetry(Instant now) {
        return new Envelope(id, source, type, subject, time, data, correlationId, causationId, targetSystem, operation,
                DeliveryKind.RETRY, retryCount + 1, firstAttemptAt == null ? now : firstAttemptAt);
    }

    public Envelope withCorrelationId(String value) {
        return new Envelope(id, source, type, subject, time, data, value, causationId, targetSystem, operation,
                deliveryKind, retryCount, firstAttemptAt);
    }
}
