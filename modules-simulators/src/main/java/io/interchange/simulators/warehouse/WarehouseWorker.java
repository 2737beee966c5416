package io.interchange.simulators.warehouse;

import io.interchange.simulators.SimulatorReset;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated warehouse worker: every second, ships the pick orders that waited
 * {@code sim.warehouse.ship-after-seconds}. It rests while paused and while the database is
 * stopped (the warehouse is down); a failed round is logged once and tried again a second later.
 */
@ApplicationScoped
public class WarehouseWorker {

    private static final Logger LOG = Logger.getLogger(WarehouseWorker.class.getName());

    @Inject
    @ConfigProperty(name = "sim.warehouse.ship-after-seconds", defaultValue = "5")
    int shipAfterSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Warehouse warehouse;

    @Inject
    WarehouseDatabase database;

    private volatile boolean paused;
    private ScheduledFuture<?> rounds;
    private String lastFailure;

    public WarehouseWorker() {
    }

    WarehouseWorker(Warehouse warehouse, WarehouseDatabase database, int shipAfterSeconds) {
        this.warehouse = warehouse;
        this.database = database;
        this.shipAfterSeconds = shipAfterSeconds;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        rounds = scheduler.scheduleWithFixedDelay(() -> round(Instant.now()), 1, 1, TimeUnit.SECONDS);
        LOG.info(() -> "Warehouse worker ships pick orders " + shipAfterSeconds + " s after they arrive");
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** Ships the pick orders due at {@code now}; returns how many. Never throws: the schedule would end. */
    int round(Instant now) {
        if (paused || !database.running()) {
            return 0;
        }
        try {
            List<String> due = new ShippingDelay(Duration.ofSeconds(shipAfterSeconds)).due(warehouse.waiting(), now);
            int shipped = due.isEmpty() ? 0 : warehouse.shipWaiting(due, now);
            succeeded();
            return shipped;
        } catch (SQLException | RuntimeException e) {
            failed(e);
            return 0;
        }
    }

    private synchronized void succeeded() {
        if (lastFailure != null) {
            LOG.info("Warehouse worker ships again");
            lastFailure = null;
        }
    }

    private synchronized void failed(Exception e) {
        String failure = e.getClass().getName() + ": " + e.getMessage();
        if (!failure.equals(lastFailure)) {
            LOG.log(Level.WARNING, "Warehouse worker round failed; trying again every second", e);
            lastFailure = failure;
        }
    }

    public boolean paused() {
        return paused;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public int shipAfterSeconds() {
        return shipAfterSeconds;
    }

    void onReset(@Observes SimulatorReset reset) {
        resume();
    }
}
