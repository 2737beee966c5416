package io.interchange.platform.message;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import java.time.Instant;

/**
 * An {@link Envelope} as table columns, for every table that must be able to send a message
 * again exactly as it was (failed messages, parked messages).
 */
@Embeddable
public class StoredEnvelope {

    @Column(name = "MESSAGE_ID", nullable = false)
    private String messageId;

    @Column(name = "SOURCE", nullable = false)
    private String source;

    @Column(name = "MESSAGE_TYPE", nullable = false)
    private String messageType;

    @Column(name = "SUBJECT", length = 1000)
    private String subject;

    @Column(name = "EVENT_TIME")
    private Instant time;

    @Column(name = "CORRELATION_ID")
    private String correlationId;

    @Column(name = "CAUSATION_ID")
    private String causationId;

    @Column(name = "TARGET_SYSTEM")
    private String targetSystem;

    @Column(name = "OPERATION")
    private String operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY_KIND", length = 16)
    private DeliveryKind deliveryKind;

    @Column(name = "RETRY_COUNT")
    private Integer retryCount;

    @Column(name = "FIRST_ATTEMPT")
    private Instant firstAttemptAt;

    @Lob
    @Column(name = "DATA")
    private String data;

    protected StoredEnvelope() {
    }

    public static StoredEnvelope of(Envelope message) {
        StoredEnvelope stored = new StoredEnvelope();
        stored.messageId = message.id();
        stored.source = message.source();
        stored.messageType = message.type();
        stored.subject = message.subject();
        stored.time = message.time();
        stored.correlationId = message.correlationId();
        stored.causationId = message.causationId();
        stored.targetSystem = message.targetSystem();
        stored.operation = message.operation();
        stored.deliveryKind = message.deliveryKind();
        stored.retryCount = message.retryCount();
        stored.firstAttemptAt = message.firstAttemptAt();
        stored.data = message.data();
        return stored;
    }

    /** The message exactly as stored: same id, delivery kind and retry count. */
    public Envelope toEnvelope() {
        return new Envelope(messageId, source, messageType, subject, time, data, correlationId, causationId,
                targetSystem, operation, deliveryKind(), retryCount(), firstAttemptAt);
    }

    public void replaceData(String newData) {
        this.data = newData;
    }

    public String messageId() { return messageId; }
    public String source() { return source; }
    public String messageType() { return messageType; }
    public String subject() { return subject; }
    public Instant time() { return time; }
    public String correlationId() { return correlationId; }
    public String causationId() { return causationId; }
    public String targetSystem() { return targetSystem; }
    public String operation() { return operation; }
    public DeliveryKind deliveryKind() { return deliveryKind == null ? DeliveryKind.ORIGINAL : deliveryKind; }
    public int retryCount() { return retryCount == null ? 0 : retryCount; }
    public Instant firstAttemptAt() { return firstAttemptAt; }
    public String data() { return data; }
}
