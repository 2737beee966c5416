package io.interchange.platform.runtime;

import io.interchange.platform.retention.Retention;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps what the retention policy no longer keeps, every ten seconds, for as long as the
 * application runs. A tick that comes while a sweep still runs is skipped, so sweeps never pile
 * up; a sweep that fails (the database away) is tried again on the next tick.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @Inject
    Retention retention;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            retention.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the retention sweep failed; trying again on the next tick", e);
        } finally {
            sweeping.set(false);
        }
    }
}
