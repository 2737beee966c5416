package io.interchange.platform.systems;

import io.interchange.platform.alerts.AlertKind;
import io.interchange.platform.alerts.Alerts;
import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes a system's status, and records every change in the audit trail (who: an operator's
 * client, or {@code circuit-breaker}, {@code probe}, {@code maintenance-window}), which makes
 * the trail the status history.
 */
@ApplicationScoped
public class StatusChanges {

    private static final Logger LOG = Logger.getLogger(StatusChanges.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Alerts alerts;

    public Optional<SystemStatus> find(String system) {
        return Optional.ofNullable(em.find(SystemStatus.class, system));
    }

    /**
     * The same read in a transaction of its own, for the watch's scheduler threads: there, the
     * container's entity manager fails outside a transaction (it runs in no component invocation).
     */
    @Transactional
    public Optional<SystemStatus> read(String system) {
        return find(system);
    }

    @Transactional
    public SystemStatus change(String system, SystemState state, String reason, Instant until, String actor) {
        return change(system, state, reason, null, until, actor);
    }

    /**
     * Sets a system's status; {@code from} and {@code until} only count for MAINTENANCE (a start not
     * after now: the window starts now). The audit entry's before and after name the window.
     */
    @Transactional
    public SystemStatus change(String system, SystemState state, String reason, Instant from, Instant until,
            String actor) {
        Instant now = Instant.now();
        SystemStatus status = em.find(SystemStatus.class, system);
        if (status == null) {
            status = new SystemStatus(system, now);
            em.persist(status);
        }
        String before = status.describe();
        SystemState was = status.state();
        if (status.state() == SystemState.ONLINE && state == SystemState.ONLINE) {
            return status; // nothing changes: no audit entry, "since" kept
        }
        status.change(state, reason, from, until, now);
        String after = status.describe();
        audit.record(actor, AuditAction.SYSTEM_STATUS_CHANGED, null, null, system + ": " + before,
                system + ": " + after, "system " + system);
        LOG.warning(() -> "system " + system + " is now " + after + " (was " + before + ", by " + actor + ")");
        if (was == SystemState.BROKEN && state == SystemState.ONLINE) {
            alerts.resolve(AlertKind.SYSTEM_BROKEN.key(system));
        }
        return status;
    }

    /** Sets a system ONLINE only if it is still in {@code expected}: the probe and the end of a window must not undo an operator. */
    @Transactional
    public boolean bringOnlineIf(String system, SystemState expected, String actor, String why) {
        SystemStatus status = em.find(SystemStatus.class, system);
        if (status == null || status.state() != expected) {
            return false;
        }
        change(system, SystemState.ONLINE, why, null, actor);
        return true;
    }

    /**
     * Ends a maintenance window whose end has come, read again in this transaction: a window an
     * operator has just set, or one scheduled that has not started yet, is not ended.
     */
    @Transactional
    public boolean endMaintenanceIfOver(String system, String actor) {
        SystemStatus status = em.find(SystemStatus.class, system);
        if (status == null || !status.windowOverAt(Instant.now())) {
            return false;
        }
        change(system, SystemState.ONLINE, null, null, actor);
        return true;
    }

    /**
     * Opens the breaker, unless an operator has already taken the system out. A system whose
     * maintenance window is only scheduled is online: the breaker opens, and the window, which the
     * BROKEN status replaces, is named in its reason (and in the audit entry's before).
     */
    @Transactional
    public void breakIfOnline(String system, String reason) {
        SystemStatus status = em.find(SystemStatus.class, system);
        Instant now = Instant.now();
        boolean scheduled = status != null && status.scheduledAt(now);
        if (status == null || status.state() == SystemState.ONLINE || scheduled) {
            String why = scheduled ? reason + "; the maintenance window scheduled from " + status.from() + " until "
                    + status.until() + " is dropped: set it again once the system is back" : reason;
            change(system, SystemState.BROKEN, why, null, "circuit-breaker");
            alerts.raise(AlertKind.SYSTEM_BROKEN, AlertKind.SYSTEM_BROKEN.key(system),
                    "System " + system + " is broken: the circuit breaker took it out", why);
        }
    }
}
