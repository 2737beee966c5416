package io.interchange.platform.cluster;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that one server of the cluster does at a time (the system watch, the retention sweep): the
 * server holding its lease does it, renewing the lease on each round, well within its length. Says at
 * INFO when this server takes the work over and when it loses it. A server that cannot reach the
 * database does not hold it: after the lease's length another server may take over.
 */
public final class Duty {

    private static final Logger LOG = Logger.getLogger(Duty.class.getName());

    private final Leases leases;
    private final String lease;
    private final String server;
    private final Duration length;
    private volatile boolean held;

    public Duty(Leases leases, String lease, ServerName server, Duration length) {
        this.leases = leases;
        this.lease = lease;
        this.server = server.value();
        this.length = length;
    }

    /** Takes or renews the lease: whether this server is to do the work now. */
    public boolean mine(long nowMillis) {
        boolean now;
        try {
            now = leases.hold(lease, server, length, nowMillis);
        } catch (RuntimeException e) {
            // said once per outage: the work waits for the database on every round
            LOG.log(held ? Level.WARNING : Level.FINE, "the lease " + lease + " could not be renewed", e);
            now = false;
        }
        if (now != held) {
            held = now;
            LOG.info(now ? "server " + server + " took the lease " + lease + ": it does this work now"
                    : "server " + server + " lost the lease " + lease + " (held by another, or the database is away)");
        }
        return now;
    }

    /** Whether this server was to do the work at its last {@link #mine}: becoming true means taking it over. */
    public boolean held() {
        return held;
    }

    /** At a clean stop: another server takes the work over at its next round instead of after the lease's length. */
    public void release() {
        if (!held) {
            return;
        }
        try {
            leases.release(lease, server);
            LOG.info("server " + server + " released the lease " + lease);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the lease " + lease + " could not be released; it expires in "
                    + length.toSeconds() + " s", e);
        } finally {
            held = false;
        }
    }
}
