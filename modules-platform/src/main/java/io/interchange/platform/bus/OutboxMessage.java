package io.interchange.platform.bus;

import io.interchange.platform.message.Envelope;
import io.interchange.platform.message.StoredEnvelope;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A message written in a business transaction, waiting for the {@link OutboxRelay} to put it on its queue. */
@Entity
@Table(name = "OUTBOX_MESSAGE", indexes = @Index(name = "OUTBOX_CREATED_IDX", columnList = "CREATED_AT"))
public class OutboxMessage {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "QUEUE_NAME", nullable = false)
    private String queue;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** When the broker may deliver it: later than {@code createdAt} for a retry's backoff. */
    @Column(name = "DELIVER_AT", nullable = false)
    private Instant deliverAt;

    @Embedded
    private StoredEnvelope message;

    protected OutboxMessage() {
    }

    OutboxMessage(String queue, Envelope message, Duration delay, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.queue = queue;
        this.createdAt = now;
        this.deliverAt = now.plus(delay.isNegative() ? Duration.ZERO : delay);
        this.message = StoredEnvelope.of(message);
    }

    public String id() { return id; }
    public String queue() { return queue; }
    public Instant createdAt() { return createdAt; }
    public Instant deliverAt() { return deliverAt; }
    public Envelope envelope() { return message.toEnvelope(); }
}
