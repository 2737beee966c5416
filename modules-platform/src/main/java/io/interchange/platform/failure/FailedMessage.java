package io.interchange.platform.failure;

import io.interchange.platform.message.Envelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "FAILED_MESSAGE")
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

    @Column(name = "CORRELATION_ID")
    private String correlationId;

    @Column(nullable = false, length = 64)
    private String consumer;

    @Lob
    @Column(name = "DATA")
    private String data;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "FAILED_AT", nullable = false)
    private Instant failedAt;

    protected FailedMessage() {
    }

    FailedMessage(Envelope message, String consumer, String reason, Instant failedAt) {
        this.messageId = message.id();
        this.source = message.source();
        this.messageType = message.type();
        this.correlationId = message.correlationId();
        this.consumer = consumer;
        this.data = message.data();
        this.reason = reason.length() <= 4000 ? reason : reason.substring(0, 4000);
        this.failedAt = failedAt;
    }

    public Long id() { return id; }
    public String messageId() { return messageId; }
    public String messageType() { return messageType; }
    public String correlationId() { return correlationId; }
    public String consumer() { return consumer; }
    public String reason() { return reason; }
    public Instant failedAt() { return failedAt; }
}
