package io.interchange.platform.systems;

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

/** A message held back because its target system was not online: the whole envelope and its queue. */
@Entity
@Table(name = "PARKED_MESSAGE", indexes = @Index(name = "PARKED_SYSTEM_IDX", columnList = "SYSTEM_NAME, PARKED_AT"))
public class ParkedMessage {

    @Id
    @SequenceGenerator(name = "PARKED_MESSAGE_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PARKED_MESSAGE_SEQ")
    private Long id;

    @Column(name = "SYSTEM_NAME", nullable = false, length = 64)
    private String system;

    @Column(name = "QUEUE_NAME", nullable = false)
    private String queue;

    @Column(nullable = false, length = 64)
    private String consumer;

    @Column(name = "PARKED_AT", nullable = false)
    private Instant parkedAt;

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

    protected ParkedMessage() {
    }

    ParkedMessage(String system, String queue, String consumer, Envelope message, Instant parkedAt) {
        this.system = system;
        this.queue = queue;
        this.consumer = consumer;
        this.parkedAt = parkedAt;
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
        this.firstAttemptAt = message.firstAttemptAt();
        this.data = message.data();
    }

    /** The message exactly as it was parked: same id, delivery kind and retry count. */
    public Envelope envelope() {
        return new Envelope(messageId, source, messageType, subject, time, data, correlationId, causationId,
                targetSystem, operation, deliveryKind, retryCount == null ? 0 : retryCount, firstAttemptAt);
    }

    public Long id() { return id; }
    public String system() { return system; }
    public String queue() { return queue; }
    public String consumer() { return consumer; }
    public Instant parkedAt() { return parkedAt; }
}
