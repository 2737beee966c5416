package io.interchange.platform.failure;

import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A message a consumer gave up on, with everything a resubmit needs: the whole envelope, its
 * queue and its data. Columns added after the first release are nullable, so that
 * {@code create-or-extend-tables} can add them to a table that already holds rows; a row
 * without a status is open.
 */
@Entity
@Table(name = "FAILED_MESSAGE", indexes = {
        @Index(name = "FAILED_MESSAGE_ID_IDX", columnList = "MESSAGE_ID"),
        @Index(name = "FAILED_GROUP_IDX", columnList = "FAILURE_GROUP")})
public class FailedMessage {

    @Id
    @SequenceGenerator(name = "FAILED_MESSAGE_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "FAILED_MESSAGE_SEQ")
    private Long id;

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

    @Column(nullable = false, length = 64)
    private String consumer;

    @Column(name = "QUEUE_NAME")
    private String queue;

    /** The system whose failure this is ({@code ecp}, {@code erp}, {@code interchange}), when known. */
    @Column(name = "SYSTEM_NAME", length = 64)
    private String system;

    @Lob
    @Column(name = "DATA")
    private String data;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "FAILURE_GROUP", length = FailureGroup.MAX_LENGTH)
    private String failureGroup;

    @Column(name = "FAILED_AT", nullable = false)
    private Instant failedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private FailureStatus status;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Column(name = "RESOLVED_BY", length = 64)
    private String resolvedBy;

    @Column(name = "RESOLUTION", length = 2000)
    private String resolution;

    /** The id of the message a resubmit sent in its place. */
    @Column(name = "RESUBMITTED_AS")
    private String resubmittedAs;

    protected FailedMessage() {
    }

    FailedMessage(Envelope message, String consumer, String queue, String system, String reason, Instant failedAt) {
        this.messageId = message.id();
        this.source = message.source();
        this.messageType = message.type();
        this.subject = message.subject();
        this.time = message.time();
        this.correlationId = message.correlationId();
        this.causationId = message.causationId();
        this.targetSystem = message.targetSystem();
        this.operation = message.operation();
        this.deliveryKind = message.deliveryKind();
        this.retryCount = message.retryCount();
        this.consumer = consumer;
        this.queue = queue;
        this.system = system;
        this.data = message.data();
        this.reason = reason.length() <= 4000 ? reason : reason.substring(0, 4000);
        this.failureGroup = FailureGroup.of(consumer, message.type(), reason);
        this.failedAt = failedAt;
        this.status = FailureStatus.OPEN;
    }

    /**
     * The message to send in this one's place: a new id (the consumer's ledger has the old one),
     * caused by this message, same business key and content, retry count back to 0.
     */
    public Envelope resubmission() {
        return new Envelope(UUID.randomUUID().toString(), source, messageType, subject, time, data, correlationId,
                messageId, targetSystem, operation, DeliveryKind.RESUBMIT, 0, null);
    }

    /** The message as it failed (with its data as edited since). */
    public Envelope envelope() {
        return new Envelope(messageId, source, messageType, subject, time, data, correlationId, causationId,
                targetSystem, operation, deliveryKind(), retryCount(), null);
    }

    public void editData(String newData) {
        requireOpen();
        this.data = newData;
    }

    public void resubmitted(String newMessageId, String by, String note, Instant at) {
        resolve(FailureStatus.RESUBMITTED, by, note, at);
        this.resubmittedAs = newMessageId;
    }

    public void discarded(String by, String reason, Instant at) {
        resolve(FailureStatus.DISCARDED, by, reason, at);
    }

    private void resolve(FailureStatus outcome, String by, String note, Instant at) {
        requireOpen();
        this.status = outcome;
        this.resolvedBy = by;
        this.resolution = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        this.resolvedAt = at;
    }

    private void requireOpen() {
        if (status() != FailureStatus.OPEN) {
            throw new IllegalStateException("failed message " + id + " is " + status() + ", not OPEN");
        }
    }

    public Long id() { return id; }
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
    public String consumer() { return consumer; }
    public String queue() { return queue; }
    public String system() { return system; }
    public String data() { return data; }
    public String reason() { return reason; }
    public String failureGroup() { return failureGroup; }
    public Instant failedAt() { return failedAt; }
    public FailureStatus status() { return status == null ? FailureStatus.OPEN : status; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolution() { return resolution; }
    public String resubmittedAs() { return resubmittedAs; }
}
