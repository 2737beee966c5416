package io.interchange.platform.audit;

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

/** One action of an operator, with the state it changed (a payload, a status) before and after. */
@Entity
@Table(name = "AUDIT_ENTRY", indexes = @Index(name = "AUDIT_FAILED_MESSAGE_IDX", columnList = "FAILED_MESSAGE_ID"))
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "AUDIT_ENTRY_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_ENTRY_SEQ")
    private Long id;

    @Column(name = "AT", nullable = false)
    private Instant at;

    /** The API client or the console user that acted. */
    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AuditAction action;

    @Column(name = "FAILED_MESSAGE_ID")
    private Long failedMessageId;

    @Column(name = "MESSAGE_ID")
    private String messageId;

    @Lob
    @Column(name = "BEFORE_STATE")
    private String before;

    @Lob
    @Column(name = "AFTER_STATE")
    private String after;

    @Column(length = 2000)
    private String note;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, AuditAction action, Long failedMessageId, String messageId, String before,
            String after, String note) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.failedMessageId = failedMessageId;
        this.messageId = messageId;
        this.before = before;
        this.after = after;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public AuditAction action() { return action; }
    public Long failedMessageId() { return failedMessageId; }
    public String messageId() { return messageId; }
    public String before() { return before; }
    public String after() { return after; }
    public String note() { return note; }
}
