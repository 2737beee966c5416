package io.interchange.platform.alerts;

import io.interchange.platform.operator.OperationRefusedException;
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

/** One incident: its first and latest occurrence and how many there were, and who acknowledged it. */
@Entity
@Table(name = "ALERT", indexes = {@Index(name = "ALERT_INCIDENT_IDX", columnList = "INCIDENT_KEY"),
        @Index(name = "ALERT_ACTIVE_KEY_IDX", columnList = "ACTIVE_KEY", unique = true)})
public class Alert {

    static final int KEY_LENGTH = 600;
    static final int DETAIL_LENGTH = 4000;
    static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "ALERT_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ALERT_SEQ")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertPriority priority;

    @Column(name = "INCIDENT_KEY", nullable = false, length = KEY_LENGTH)
    private String incidentKey;

    /**
     * The incident key while the alert is active, null once resolved. Unique: of two servers raising
     * a new incident at the same moment, only one creates its alert.
     */
    @Column(name = "ACTIVE_KEY", length = KEY_LENGTH)
    private String activeKey;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "OCCURRENCES", nullable = false)
    private long count;

    @Column(name = "FIRST_AT", nullable = false)
    private Instant firstAt;

    @Column(name = "LAST_AT", nullable = false)
    private Instant lastAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertStatus status;

    @Column(name = "ACKNOWLEDGED_BY", length = 64)
    private String acknowledgedBy;

    @Column(name = "ACKNOWLEDGED_AT")
    private Instant acknowledgedAt;

    /** What the person who acknowledged it wrote: who is on it, what they do. */
    @Column(name = "ACKNOWLEDGED_NOTE", length = NOTE_LENGTH)
    private String acknowledgedNote;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    /** When the operators were mailed about it; null until then. */
    @Column(name = "MAILED_AT")
    private Instant mailedAt;

    protected Alert() {
    }

    public Alert(AlertKind kind, String incidentKey, String title, String detail, Instant at) {
        this.kind = kind;
        this.priority = AlertPriority.HIGH;
        this.incidentKey = cut(incidentKey, KEY_LENGTH);
        this.activeKey = this.incidentKey;
        this.title = cut(title, 500);
        this.detail = cut(detail, DETAIL_LENGTH);
        this.count = 1;
        this.firstAt = at;
        this.lastAt = at;
        this.status = AlertStatus.OPEN;
    }

    /** One per incident: a new occurrence joins the existing alert if it is still active, else a new one is needed. */
    public static boolean joins(Alert existing) {
        return existing != null && existing.status.active();
    }

    /** One more occurrence of this incident; the detail becomes the latest one's. */
    public void occurred(String latestDetail, Instant at) {
        count++;
        if (at.isAfter(lastAt)) {
            lastAt = at;
        }
        if (latestDetail != null) {
            detail = cut(latestDetail, DETAIL_LENGTH);
        }
    }

    public void acknowledge(String by, Instant at) {
        acknowledge(by, at, null);
    }

    /** The first acknowledgement stays: a second one changes nothing. */
    public void acknowledge(String by, Instant at, String note) {
        if (status == AlertStatus.RESOLVED) {
            throw OperationRefusedException.conflict("alert " + id + " is resolved already");
        }
        if (status == AlertStatus.OPEN) {
            status = AlertStatus.ACKNOWLEDGED;
            acknowledgedBy = by;
            acknowledgedAt = at;
            acknowledgedNote = cut(note, NOTE_LENGTH);
        }
    }

    public void resolve(Instant at) {
        if (status.active()) {
            status = AlertStatus.RESOLVED;
            resolvedAt = at;
            activeKey = null;
        }
    }

    /** The incident key, cut to the column's length as stored. */
    static String storedKey(String incidentKey) {
        return cut(incidentKey, KEY_LENGTH);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() { return id; }
    public AlertKind kind() { return kind; }
    public AlertPriority priority() { return priority; }
    public String incidentKey() { return incidentKey; }
    String activeKey() { return activeKey; }
    public String title() { return title; }
    public String detail() { return detail; }
    public long count() { return count; }
    public Instant firstAt() { return firstAt; }
    public Instant lastAt() { return lastAt; }
    public AlertStatus status() { return status; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedNote() { return acknowledgedNote; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant mailedAt() { return mailedAt; }

    void mailed(Instant at) {
        mailedAt = at;
    }
}
