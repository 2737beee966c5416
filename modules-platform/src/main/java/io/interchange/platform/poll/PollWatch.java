package io.interchange.platform.poll;

import io.interchange.platform.catalog.ActiveCatalog;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.database.DatabasePools;
import io.interchange.platform.database.PolledRows;
import io.interchange.platform.database.SqlFailures;
import io.interchange.platform.persistence.ContainerResources;
import io.interchange.platform.systems.StatusChanges;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Polls every database system whose catalog file has a poll, each at its own interval, on the
 * container's scheduled executor, started and stopped by the platform's runtime. Every second it
 * looks which systems are due; a full batch is followed at once by the next (up to a few seconds
 * per look), so a backlog is read quickly. A system that is not online is not polled. A poll that
 * fails marks its system broken, with the reason and an alert: from then on only its probe (every
 * {@code probeSeconds}) touches the database, until the poll query runs again — no hot loop. A
 * deadlock or serialization conflict is just tried again at the next interval. Like the system
 * watch, a CDI bean on a managed scheduler, its beans warmed up by the starting component.
 */
@ApplicationScoped
public class PollWatch {

    private static final Logger LOG = Logger.getLogger(PollWatch.class.getName());
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final List<String> SCHEDULER_NAMES = List.of("concurrent/__defaultManagedScheduledExecutorService",
            "java:comp/DefaultManagedScheduledExecutorService");

    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    private ScheduledFuture<?> ticking;

    @Inject
    Catalog catalog;

    @Inject
    StatusChanges changes;

    @Inject
    TablePoll polls;

    @Inject
    PolledRows rows;

    @Inject
    DatabasePools pools;

    public synchronized void start() {
        if (ticking != null) {
            return;
        }
        try {
            ManagedScheduledExecutorService scheduler = ContainerResources.lookup(SCHEDULER_NAMES);
            polls.warmUp();
            ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (NamingException e) {
            throw new IllegalStateException("the poll watch cannot start: " + e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private void tick() {
        try {
            pools.keepOnly(catalog.active().stream().map(ActiveCatalog.Entry::system)
                    .filter(SystemDescription::throughDatabase).map(SystemDescription::system)
                    .collect(java.util.stream.Collectors.toSet()));
            for (ActiveCatalog.Entry entry : catalog.active()) {
                SystemDescription system = entry.system();
                if (system.throughDatabase() && system.inbound().poll() != null) {
                    pollIfDue(system);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "looking for systems to poll failed; next tick tries again", e);
        }
    }

    private void pollIfDue(SystemDescription system) {
        String name = system.system();
        Instant start = Instant.now();
        if (start.isBefore(due.getOrDefault(name, Instant.MIN))) {
            return;
        }
        due.put(name, start.plus(system.inbound().poll().every()));
        try {
            TablePoll.Outcome outcome;
            do {
                outcome = polls.poll(system);
                rows.mark(system, outcome.rows());
            } while (outcome.rowsRead() == system.inbound().poll().batchSize()
                    && Duration.between(start, Instant.now()).compareTo(BUDGET) < 0);
        } catch (SQLException e) {
            if (SqlFailures.meaning(e) == SqlFailures.Meaning.CONFLICT) {
                LOG.log(Level.INFO, "the poll of " + name + " met a conflict; polling again at its next interval", e);
            } else {
                broken(name, SqlFailures.of(name, "its poll query", e).getMessage());
            }
        } catch (RuntimeException e) {
            broken(name, "its poll failed: " + e.getMessage());
        }
    }

    private void broken(String system, String reason) {
        LOG.warning(() -> system + " is marked broken: " + reason);
        try {
            changes.breakIfOnline(system, reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not mark " + system + " broken", e);
        }
    }
}
