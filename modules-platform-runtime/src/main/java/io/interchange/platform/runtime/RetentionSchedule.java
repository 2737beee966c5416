package io.interchange.platform.runtime;

import io.interchange.platform.cluster.Duty;
import io.interchange.platform.cluster.Leases;
import io.interchange.platform.cluster.ServerName;
import io.interchange.platform.retention.Retention;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps what the retention policy no longer keeps, every ten seconds, for as long as the
 * application runs. A tick that comes while a sweep still runs is skipped, so sweeps never pile
 * up; a sweep that fails (the database away) is tried again on the next tick. Of the servers of
 * a cluster, only the one holding the lease {@value #LEASE} sweeps: two would only delete the same
 * rows twice over.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionSchedule {

    static final String LEASE = "retention";
    /** Renewed every ten seconds; long, since a sweep may run for a while before the next renewal. */
    static final Duration LEASE_LENGTH = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @Inject
    Retention retention;

    @Inject
    Leases leases;

    @Inject
    ServerName server;

    private volatile Duty duty;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            if (duty().mine(System.currentTimeMillis())) {
                retention.sweep();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the retention sweep failed; trying again on the next tick", e);
        } finally {
            sweeping.set(false);
        }
    }

    /** Lets another server sweep from its next tick on. */
    @PreDestroy
    void stop() {
        if (duty != null) {
            duty.release();
        }
    }

    private Duty duty() {
        if (duty == null) {
            duty = new Duty(leases, LEASE, server, LEASE_LENGTH);
        }
        return duty;
    }
}
