package io.interchange.platform.runtime;

import io.interchange.platform.bus.OutboxRelay;
import io.interchange.platform.catalog.CatalogWatch;
import io.interchange.platform.poll.PollWatch;
import io.interchange.platform.systems.SystemWatch;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the platform's background work for exactly as long as the application runs: the outbox
 * relay (rows committed before a crash go out without waiting for traffic), the system watch
 * (maintenance windows end on time, broken systems are probed, parked messages drain), the
 * catalog watch (catalog files read at start and again when one changes) and the poll watch
 * (database systems' changes read as events).
 * <p>
 * Started from a timer once the application is up, not in {@code @PostConstruct}: the library's
 * beans take their persistence contexts from the component that creates them, and a timer
 * callback runs fully inside this one. A start that fails (the database away) is tried again on
 * the next tick; a programmatic timer injected through {@code @Resource TimerService} failed to
 * inject after a redeploy ("Can not set … TimerService field"), a declared schedule does not.
 * Stopped in {@code @PreDestroy}, before the application's class loaders close: no thread of an
 * old deployment outlives it.
 */
@Startup
@Singleton
public class PlatformRuntime {

    private static final Logger LOG = Logger.getLogger(PlatformRuntime.class.getName());

    @Inject
    OutboxRelay relay;

    @Inject
    SystemWatch watch;

    @Inject
    CatalogWatch catalog;

    @Inject
    PollWatch polls;

    private boolean started;
    private boolean stopped;

    /** Every 2 s until both run; a no-op after that. */
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void start() {
        if (started || stopped) {
            return;
        }
        try {
            relay.start();
            watch.start();
            catalog.start();
            polls.start();
            started = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the platform's background work could not start yet; trying again", e);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        polls.stop();
        catalog.stop();
        watch.stop();
        relay.stop();
        LOG.info("the platform's background work stopped");
    }
}
