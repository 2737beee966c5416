package io.interchange.platform.catalog;

import io.interchange.platform.persistence.ContainerResources;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Reads the catalog at start and again when a file of its folder changes: a file-system watch,
 * polled once a second on a managed scheduler (no thread of its own blocks on it), plus a full
 * look every {@link #RESCAN} in case an event was lost or the folder appeared later. Started and
 * stopped by the platform's runtime, like the system watch.
 */
@ApplicationScoped
public class CatalogWatch {

    static final Duration TICK = Duration.ofSeconds(1);
    static final Duration RESCAN = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(CatalogWatch.class.getName());
    private static final List<String> SCHEDULER_NAMES = List.of("concurrent/__defaultManagedScheduledExecutorService",
            "java:comp/DefaultManagedScheduledExecutorService");

    @Inject
    Catalog catalog;

    private ScheduledFuture<?> ticking;
    private WatchService watcher;
    private long lastLook;

    public synchronized void start() {
        if (ticking != null) {
            return;
        }
        try {
            ManagedScheduledExecutorService scheduler = ContainerResources.lookup(SCHEDULER_NAMES);
            try {
                look();
            } catch (RuntimeException e) {
                // an unreadable folder must not hold back the platform's start; the ticks try again
                LOG.log(Level.WARNING, "reading the catalog failed; trying again", e);
            }
            ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.info("catalog watch started on " + catalog.folder() + ": " + catalog.active().size() + " systems, "
                    + catalog.refused().size() + " files refused");
        } catch (NamingException e) {
            throw new IllegalStateException("the catalog watch cannot start: " + e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        closeWatcher();
    }

    private synchronized void tick() {
        try {
            if (watcher == null || changed() || System.nanoTime() - lastLook > RESCAN.toNanos()) {
                look();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading the catalog failed; next tick tries again", e);
        }
    }

    private void look() {
        watch(catalog.folder());
        lastLook = System.nanoTime();
        catalog.refresh();
    }

    /** Registers the folder once it exists (events from then on; the look that follows reads what is there). */
    private void watch(Path folder) {
        if (watcher != null || !Files.isDirectory(folder)) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot watch " + folder + "; looking every " + RESCAN.toSeconds() + " s", e);
            closeWatcher();
        }
    }

    private boolean changed() {
        boolean changed = false;
        WatchKey key;
        while ((key = watcher.poll()) != null) {
            changed |= !key.pollEvents().isEmpty();
            if (!key.reset()) {
                closeWatcher(); // the folder went away: look for it again on the next tick
                return true;
            }
        }
        return changed;
    }

    private void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the catalog's file watch", e);
            }
            watcher = null;
        }
    }
}
