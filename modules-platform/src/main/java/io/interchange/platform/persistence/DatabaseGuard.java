package io.interchange.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps consumers from burning their delivery attempts while the database is away: a delivery
 * that failed while the database cannot be reached waits here until it answers again (bounded),
 * and only then rolls back for redelivery. Otherwise the broker would redeliver at once, again
 * and again, until its own limit moved the message to OpenMQ's lossy dead message queue.
 */
@ApplicationScoped
public class DatabaseGuard {

    private static final Logger LOG = Logger.getLogger(DatabaseGuard.class.getName());
    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** Answers whether the database takes a trivial query, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean answers() {
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Returns at once while the database answers; otherwise waits until it does (at most {@link #LONGEST_HOLD}). */
    public void holdWhileDown(String consumer) {
        if (safelyAnswers()) {
            return;
        }
        LOG.warning(() -> consumer + ": the database does not answer; holding the delivery until it does");
        Instant giveUp = Instant.now().plus(LONGEST_HOLD);
        while (Instant.now().isBefore(giveUp) && !shuttingDown()) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (safelyAnswers()) {
                LOG.info(() -> consumer + ": the database answers again; the delivery is retried");
                return;
            }
        }
    }

    /**
     * The JVM is stopping: the database is away because the server is going, not coming back.
     * Holding the delivery then only keeps the server from stopping; it rolls back at once and
     * the broker delivers it again after the restart, no attempt spent.
     */
    static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private boolean safelyAnswers() {
        try {
            return answers();
        } catch (RuntimeException e) {
            return false; // the transaction itself could not start: no connection
        }
    }
}
