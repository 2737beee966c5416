package io.interchange.platform.systems;

import io.interchange.platform.message.Envelope;
import io.interchange.platform.message.StoredEnvelope;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
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














    @Embedded
    private StoredEnvelope message;

    protected ParkedMessage() {
    }

    ParkedMessage(String system, String queue, String consumer, Envelope message, Instant parkedAt) {
        this.system = system;
        this.queue = queue;
        this.consumer = consumer;
        this.parkedAt = parkedAt;
        this.message = StoredEnvelope.of(message);
    }

    /** The message exactly as it was parked: same id, delivery kind and retry count. */
    public Envelope envelope() {
        return message.toEnvelope();
    }

    public Long id() { return id; }
    public String system() { return system; }
    public String queue() { return queue; }
    public String consumer() { return consumer; }
    public Instant parkedAt() { return parkedAt; }
}
