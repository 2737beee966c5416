package io.interchange.platform.runtime;

import io.interchange.platform.bus.OutboxRelay;
import io.interchange.platform.systems.SystemWatch;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the platform's background work for exactly as long as the application runs: the outbox
 * relay (rows committed before a crash go out without waiting for traffic) and the system watch
 * (maintenance windows end on time, broken systems are probed, parked messages drain).
 * <p>
 * Started from a timer that fires once the application is up, not in {@code @PostConstruct}: the
 * library's beans take their persistence contexts from the component that creates them, and this
 * callback runs fully inside this one. A start that fails (the database away) is tried again.
 * Stopped in {@code @PreDestroy}, before the application's class loaders close: no thread of an
 * old deployment outlives it.
 */
@Startup
@Singleton
public class PlatformRuntime {

    static final Duration RETRY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(PlatformRuntime.class.getName());

    @Inject
    OutboxRelay relay;

    @Inject
    SystemWatch watch;

    @Resource
    TimerService timers;

    private boolean stopped;

    @PostConstruct
    void scheduleStart() {
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    @Timeout
    void start() {
        if (stopped) {
            return;
        }
        try {
            relay.start();
            watch.start();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the platform's background work could not start yet; trying again in "
                    + RETRY.toSeconds() + " s", e);
            timers.createSingleActionTimer(RETRY.toMillis(), new TimerConfig(null, false));
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        watch.stop();
        relay.stop();
        LOG.info("the platform's background work stopped");
    }
}
