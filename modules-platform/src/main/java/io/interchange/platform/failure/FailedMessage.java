package io.interchange.platform.failure;

import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.message.StoredEnvelope;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
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












    @Column(nullable = false, length = 64)
    private String consumer;

    @Column(name = "QUEUE_NAME")
    private String queue;

    /** The system whose failure this is ({@code ecp}, {@code erp}, {@code interchange}), when known. */
    @Column(name = "SYSTEM_NAME", length = 64)
    private String system;


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

    @Embedded
    private StoredEnvelope message;

    protected FailedMessage() {
    }

    FailedMessage(Envelope message, String consumer, String queue, String system, String reason, Instant failedAt) {
        this.message = StoredEnvelope.of(message);
        this.consumer = consumer;
        this.queue = queue;
        this.system = system;
        this.reason = reason.length() <= 4000 ? reason : reason.substring(0, 4000);
        this.failureGroup = FailureGroup.of(consumer, message, reason);
        this.failedAt = failedAt;
        this.status = FailureStatus.OPEN;
    }

    /**
     * The message to send in this one's place: a new id (the consumer's ledger has the old one),
     * caused by this message, same business key and content, retry count back to 0.
     */
    public Envelope resubmission() {
        return new Envelope(UUID.randomUUID().toString(), message.source(), message.messageType(), message.subject(),
                message.time(), message.data(), message.correlationId(), message.messageId(), message.targetSystem(),
                message.operation(), DeliveryKind.RESUBMIT, 0, null);
    }

    /** The message as it failed (with its data as edited since). */
    public Envelope envelope() {
        return message.toEnvelope();
    }

    public void editData(String newData) {
        requireOpen();
        message.replaceData(newData);
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
    public String messageId() { return message.messageId(); }
    public String source() { return message.source(); }
    public String messageType() { return message.messageType(); }
    public String subject() { return message.subject(); }
    public Instant time() { return message.time(); }
    public String correlationId() { return message.correlationId(); }
    public String causationId() { return message.causationId(); }
    public String targetSystem() { return message.targetSystem(); }
    public String operation() { return message.operation(); }
    public DeliveryKind deliveryKind() { return message.deliveryKind(); }
    public int retryCount() { return message.retryCount(); }
    public String consumer() { return consumer; }
    public String queue() { return queue; }
    public String system() { return system; }
    public String data() { return message.data(); }
    public String reason() { return reason; }
    public String failureGroup() { return failureGroup; }
    public Instant failedAt() { return failedAt; }
    public FailureStatus status() { return status == null ? FailureStatus.OPEN : status; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolution() { return resolution; }
    public String resubmittedAs() { return resubmittedAs; }
}
