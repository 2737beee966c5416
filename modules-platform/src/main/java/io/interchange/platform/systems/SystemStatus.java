package io.interchange.platform.systems;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The status of one connected system; a system without a row is online. */
@Entity
@Table(name = "SYSTEM_STATUS")
public class SystemStatus {

    @Id
    @Column(name = "SYSTEM_NAME", length = 64)
    private String system;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private SystemState state;

    @Column(name = "REASON", length = 2000)
    private String reason;

    @Column(name = "STATE_SINCE", nullable = false)
    private Instant since;

    /** The start of a maintenance window scheduled to start later; null for one that started when it was set. */
    @Column(name = "MAINTENANCE_FROM")
    private Instant from;

    /** The end of a maintenance window. */
    @Column(name = "MAINTENANCE_UNTIL")
    private Instant until;

    protected SystemStatus() {
    }

    public SystemStatus(String system, Instant now) {
        this.system = system;
        this.state = SystemState.ONLINE;
        this.since = now;
    }

    /**
     * The state at {@code now}: a maintenance window counts as online before its start (when it was
     * scheduled to start later) and once it is over.
     */
    public SystemState stateAt(Instant now) {
        if (scheduledAt(now) || windowOverAt(now)) {
            return SystemState.ONLINE;
        }
        return state;
    }

    /** True for a maintenance window scheduled to start later that has not started at {@code now}. */
    public boolean scheduledAt(Instant now) {
        return state == SystemState.MAINTENANCE && from != null && now.isBefore(from);
    }

    /** True for a maintenance window whose end has come at {@code now}: the watch ends it and drains. */
    public boolean windowOverAt(Instant now) {
        return state == SystemState.MAINTENANCE && until != null && !now.isBefore(until);
    }

    public boolean onlineAt(Instant now) {
        return stateAt(now) == SystemState.ONLINE;
    }

    public void change(SystemState newState, String newReason, Instant newUntil, Instant now) {
        change(newState, newReason, null, newUntil, now);
    }

    /**
     * Sets the state; {@code newFrom} and {@code newUntil} only count for MAINTENANCE, and a start
     * that is not after {@code now} is kept as none: the window starts now.
     */
    public void change(SystemState newState, String newReason, Instant newFrom, Instant newUntil, Instant now) {
        boolean maintenance = newState == SystemState.MAINTENANCE;
        this.state = newState;
        this.reason = newState == SystemState.ONLINE ? null : truncate(newReason);
        this.from = maintenance && newFrom != null && newFrom.isAfter(now) ? newFrom : null;
        this.until = maintenance ? newUntil : null;
        this.since = now;
    }

    /** For the audit trail: state, reason and window in one line ("from" only for a window scheduled to start later). */
    public String describe() {
        return state + (reason == null ? "" : " (" + reason + ")") + (from == null ? "" : " from " + from)
                + (until == null ? "" : " until " + until);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public String system() { return system; }
    public SystemState state() { return state; }
    public String reason() { return reason; }
    public Instant since() { return since; }
    public Instant from() { return from; }
    public Instant until() { return until; }
}
