package io.interchange.platform.systems;

import io.interchange.platform.alerts.AlertKind;
import io.interchange.platform.alerts.AlertMail;
import io.interchange.platform.alerts.Alerts;
import io.interchange.platform.cluster.Duty;
import io.interchange.platform.cluster.Leases;
import io.interchange.platform.cluster.Members;
import io.interchange.platform.cluster.ServerName;
import io.interchange.platform.persistence.ContainerResources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Once a second: mails new alerts ({@link AlertMail}), and for each system: ends a maintenance window that is over
 * (and no window that is only scheduled to start later), probes a broken system (every {@code probe-seconds}), and
 * drains parked messages of an online one, which includes one whose window has not started yet (one batch of
 * {@code drain-per-second} per tick). The platform is a library jar, so this is a
 * CDI bean on a managed scheduler, not an EJB timer.
 * <p>
 * Of the servers of a cluster, each records on every tick that it is alive ({@link Members}), and only
 * the one holding the lease {@value #LEASE} does the rest, renewed as the tick goes on: the drain runs
 * at the configured rate for the whole cluster, each alert is mailed once and a broken system is
 * probed by one server. Another server takes the work over when the holder stops ({@link #stop}
 * releases the lease) or has not renewed it for {@link #LEASE_LENGTH}.
 * <p>
 * Started and stopped by the platform's runtime (an EJB of the application, see
 * {@code io.interchange.platform.runtime}): Payara injects a library bean's persistence context
 * from the component that is running when the bean is created, and the scheduler's threads
 * inherit the context of the one that started it. Created outside any component (at deployment
 * time), the beans kept a null EntityManager for good.
 */
@ApplicationScoped
public class SystemWatch {

    static final Duration TICK = Duration.ofSeconds(1);
    static final String LEASE = "system-watch";
    static final Duration LEASE_LENGTH = Duration.ofSeconds(10);
    /** A server not seen for this long is forgotten: by default a server's name is new at each start. */
    static final Duration FORGET_MEMBERS_AFTER = Duration.ofDays(1);
    /** How long a stop waits for a running tick: a server stop must not hang on a stuck probe. */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(SystemWatch.class.getName());

    // Looked up, not @Resource: a library jar's CDI beans get no resource injection in an EAR on Payara.
    private static final List<String> SCHEDULER_NAMES = List.of("concurrent/__defaultManagedScheduledExecutorService",
            "java:comp/DefaultManagedScheduledExecutorService");

    @Inject
    SystemSettings settings;

    @Inject
    StatusChanges changes;

    @Inject
    Systems systems;

    @Inject
    SystemProbe probe;

    @Inject
    Parking parking;

    @Inject
    AlertMail alertMail;

    @Inject
    Alerts alerts;

    @Inject
    ServerName server;

    @Inject
    Members members;

    @Inject
    Leases leases;

    private Duty duty;
    private long renewedAt;
    private final Map<String, Instant> lastProbe = new ConcurrentHashMap<>();
    private final Set<String> backlogAlerted = ConcurrentHashMap.newKeySet();
    private final Set<String> backlogChecked = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> ticking;
    /** Held while a tick runs, so that a stop can wait for it. */
    private final ReentrantLock ticks = new ReentrantLock();

    private volatile boolean started;

    /**
     * Starts ticking; called by the platform's runtime once the application is up.
     *
     * @throws IllegalStateException when the scheduler is missing or the database cannot be read yet
     */
    public synchronized void start() {
        if (started) {
            return;
        }
        try {
            warmUp();
            ticking = scheduler().scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(),
                    TimeUnit.MILLISECONDS);
            started = true;
            LOG.info("system watch started: " + settings.names());
        } catch (NamingException e) {
            throw new IllegalStateException("the system watch cannot start: " + e.getMessage(), e);
        }
    }

    /** Creates the beans the ticks use now, in the calling component's context (see the class comment). */
    private void warmUp() {
        for (String system : settings.names()) {
            changes.find(system);
            parking.count(system);
        }
    }

    private static ManagedScheduledExecutorService scheduler() throws NamingException {
        return ContainerResources.lookup(SCHEDULER_NAMES);
    }

    /**
     * Stops ticking and waits for a tick that is running: none of an old deployment outlives it. Then
     * lets the lease go, so another server takes the watch over at its next tick.
     */
    @PreDestroy
    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        try {
            if (ticks.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    if (duty != null) {
                        duty.release();
                    }
                } finally {
                    ticks.unlock();
                }
            } else {
                LOG.warning("a tick of the system watch did not end within " + STOP_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        started = false;
    }

    void tick() {
        ticks.lock();
        try {
            tickOnce();
        } finally {
            ticks.unlock();
        }
    }

    private void tickOnce() {
        try {
            members.seen(server.value(), System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.warning("this server could not be recorded as alive; next tick tries again: " + e);
        }
        if (!mine()) {
            return;
        }
        try {
            alertMail.sendPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mailing alerts failed; next tick tries again", e);
        }
        for (String system : settings.names()) {
            if (System.currentTimeMillis() - renewedAt >= TICK.toMillis() && !mine()) {
                return; // a long tick (a slow probe): renewed before the lease could run out
            }
            try {
                watch(system);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "system watch of " + system + " failed; next tick tries again", e);
            }
        }
        forgetMembersGone();
    }

    /**
     * Whether this server does the watch's work now, the lease renewed. A server taking it over
     * starts without what it remembered of an earlier turn: the other server has acted meanwhile.
     */
    private boolean mine() {
        if (duty == null) {
            duty = new Duty(leases, LEASE, server, LEASE_LENGTH);
        }
        boolean before = duty.held();
        renewedAt = System.currentTimeMillis();
        boolean now = duty.mine(renewedAt);
        if (now && !before) {
            lastProbe.clear();
            backlogAlerted.clear();
            backlogChecked.clear();
        }
        return now;
    }

    private void forgetMembersGone() {
        try {
            members.forget(FORGET_MEMBERS_AFTER, System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "servers gone could not be forgotten; next tick tries again", e);
        }
    }

    private void watch(String system) {
        try {
            watchBacklog(system);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "backlog check of " + system + " failed; next tick tries again", e);
        }
        SystemStatus status = changes.read(system).orElse(null);
        if (status == null) {
            drain(system);
            return;
        }
        Instant now = Instant.now();
        switch (status.state()) {
            case MAINTENANCE -> {
                if (status.windowOverAt(now)) {
                    if (changes.endMaintenanceIfOver(system, "maintenance-window")) {
                        systems.reset(system);
                    }
                } else if (status.scheduledAt(now)) {
                    drain(system); // scheduled to start later: online until then
                }
            }
            case BROKEN -> probe(system, now);
            case ONLINE -> drain(system);
            case OFFLINE -> { }
        }
    }

    /** One alert while the oldest parked message of a system is older than its limit; resolved once it is not. */
    private void watchBacklog(String system) {
        Duration limit = settings.backlogAlertAge(system);
        Optional<Instant> oldest = parking.oldest(system);
        String incident = AlertKind.BACKLOG_AGE.key(system);
        if (inPlannedWindow(system, Instant.now())) {
            return; // its messages wait parked, nobody is alerted
        }
        if (oldest.isPresent() && oldest.get().isBefore(Instant.now().minus(limit))) {
            if (backlogAlerted.add(system)) {
                alerts.raise(AlertKind.BACKLOG_AGE, incident, "Messages for " + system
                        + " have waited parked longer than " + limit.toSeconds() + " s",
                        parking.count(system) + " parked, the oldest since " + oldest.get());
            }
        } else if (backlogAlerted.remove(system) || backlogChecked.add(system)) {
            // also once after a start: an alert raised before a restart is resolved too
            alerts.resolve(incident);
        }
    }

    /** A recurring window of its catalog file, or one an operator set (read in a transaction: see {@link StatusChanges#read}). */
    private boolean inPlannedWindow(String system, Instant now) {
        return settings.inMaintenanceWindow(system, now) || changes.read(system)
                .map(status -> status.stateAt(now) == SystemState.MAINTENANCE).orElse(false);
    }

    private void probe(String system, Instant now) {
        Instant last = lastProbe.get(system);
        if (last != null && now.isBefore(last.plusSeconds(settings.probeSeconds(system)))) {
            return;
        }
        lastProbe.put(system, now);
        if (probe.answers(system) && changes.bringOnlineIf(system, SystemState.BROKEN, "probe", null)) {
            systems.reset(system);
        }
    }

    private void drain(String system) {
        if (settings.inMaintenanceWindow(system, Instant.now())) {
            return; // a recurring maintenance window of its catalog file: its messages stay parked
        }
        int sent = parking.drain(system, settings.drainRate(system).batch(TICK));
        if (sent > 0) {
            LOG.info(() -> "drained " + sent + " parked messages of " + system);
        }
    }
}
