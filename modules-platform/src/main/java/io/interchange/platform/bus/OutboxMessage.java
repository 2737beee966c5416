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

    /**
     * The server whose relay sends it: the one that wrote it, until another takes it over (that server
     * gone, see {@link OutboxRelay}); null in rows older than the column, which any server may take.
     */
    @Column(name = "RELAY_BY", length = 200)
    private String relayBy;

    protected OutboxMessage() {
    }

    OutboxMessage(String queue, Envelope message, Duration delay, Instant now, String relayBy) {
        this.id = UUID.randomUUID().toString();
        this.relayBy = relayBy;
        this.queue = queue;
        this.createdAt = now;
        this.deliverAt = now.plus(delay.isNegative() ? Duration.ZERO : delay);
        this.message = StoredEnvelope.of(message);
    }

    public String id() { return id; }
    public String queue() { return queue; }
    public Instant createdAt() { return createdAt; }
    public Instant deliverAt() { return deliverAt; }
    public String relayBy() { return relayBy; }
    public Envelope envelope() { return message.toEnvelope(); }
}
