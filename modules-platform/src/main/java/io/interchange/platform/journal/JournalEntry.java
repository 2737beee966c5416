package io.interchange.platform.journal;

import jakarta.persistence.Column;
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

@Entity
@Table(name = "JOURNAL_ENTRY", indexes = {
        @Index(name = "JOURNAL_MESSAGE_IDX", columnList = "MESSAGE_ID"),
        @Index(name = "JOURNAL_CORRELATION_IDX", columnList = "CORRELATION_ID")})
public class JournalEntry {

    // SEQUENCE, not IDENTITY: EclipseLink 4.0 cannot create IDENTITY tables on H2 2.2.
    @Id
    @SequenceGenerator(name = "JOURNAL_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "JOURNAL_SEQ")
    private Long id;

    @Column(name = "MESSAGE_ID", nullable = false, length = 255)
    private String messageId;

    @Column(name = "CORRELATION_ID", length = 255)
    private String correlationId;

    @Column(name = "MESSAGE_TYPE", length = 255)
    private String messageType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Hop hop;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 2000)
    private String detail;

    @Column(name = "AT", nullable = false)
    private Instant at;

    protected JournalEntry() {
    }

    JournalEntry(String messageId, String correlationId, String messageType, Hop hop, String actor, String detail,
            Instant at) {
        this.messageId = messageId;
        this.correlationId = correlationId;
        this.messageType = messageType;
        this.hop = hop;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.at = at;
    }

    public Long id() { return id; }
    public String messageId() { return messageId; }
    public String correlationId() { return correlationId; }
    public String messageType() { return messageType; }
    public Hop hop() { return hop; }
    public String actor() { return actor; }
    public String detail() { return detail; }
    public Instant at() { return at; }
}
