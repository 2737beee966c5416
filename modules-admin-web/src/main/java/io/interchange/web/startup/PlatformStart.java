package io.interchange.web.startup;

import io.interchange.platform.bus.OutboxRelay;
import io.interchange.platform.systems.SystemWatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Starts the platform's background work a few seconds after deployment, without waiting for
 * traffic: the outbox relay (messages committed before a crash must reach their queues even if
 * nothing else arrives) and the system watch (a maintenance window must end on time). An EJB
 * timer, because its callback runs in this component's context, which the library beans'
 * threads need (see SystemWatch); both calls are cheap once started.
 */
@Singleton
public class PlatformStart {

    @Inject
    OutboxRelay relay;

    @Inject
    SystemWatch watch;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void ensureRunning() {
        relay.ensureStarted();
        watch.ensureStarted();
    }
}
