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

    /** The state at {@code now}: a maintenance window that is over counts as online. */
    public SystemState stateAt(Instant now) {
        if (state == SystemState.MAINTENANCE && until != null && !now.isBefore(until)) {
            return SystemState.ONLINE;
        }
        return state;
    }

    public boolean onlineAt(Instant now) {
        return stateAt(now) == SystemState.ONLINE;
    }

    public void change(SystemState newState, String newReason, Instant newUntil, Instant now) {
        this.state = newState;
        this.reason = newState == SystemState.ONLINE ? null : truncate(newReason);
        this.until = newState == SystemState.MAINTENANCE ? newUntil : null;
        this.since = now;
    }

    /** For the audit trail: state, reason and window in one line. */
    public String describe() {
        return state + (reason == null ? "" : " (" + reason + ")") + (until == null ? "" : " until " + until);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public String system() { return system; }
    public SystemState state() { return state; }
    public String reason() { return reason; }
    public Instant since() { return since; }
    public Instant until() { return until; }
}
