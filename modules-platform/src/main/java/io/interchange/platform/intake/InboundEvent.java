package io.interchange.platform.intake;

import io.interchange.platform.message.Envelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** An accepted event, as received. The unique (source, id) pair is the never-expiring dedupe record. */
@Entity
@Table(name = "INBOUND_EVENT", uniqueConstraints =
        @UniqueConstraint(name = "INBOUND_EVENT_SOURCE_ID", columnNames = {"SOURCE", "EVENT_ID"}))
public class InboundEvent {

    @Id
    @SequenceGenerator(name = "INBOUND_EVENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INBOUND_EVENT_SEQ")
    private Long id;

    @Column(name = "SOURCE", nullable = false, length = 255)
    private String source;

    @Column(name = "EVENT_ID", nullable = false, length = 255)
    private String eventId;

    @Column(name = "EVENT_TYPE", nullable = false, length = 255)
    private String type;

    @Column(name = "SUBJECT", length = 255)
    private String subject;

    @Column(name = "EVENT_TIME")
    private Instant time;

    @Column(name = "CORRELATION_ID", length = 255)
    private String correlationId;

    @Lob
    @Column(name = "DATA")
    private String data;

    @Column(name = "CLIENT", nullable = false, length = 64)
    private String client;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    protected InboundEvent() {
    }

    InboundEvent(Envelope event, String client, Instant receivedAt) {
        this.source = event.source();
        this.eventId = event.id();
        this.type = event.type();
        this.subject = event.subject();
        this.time = event.time();
        this.correlationId = event.correlationId();
        this.data = event.data();
        this.client = client;
        this.receivedAt = receivedAt;
    }
}
