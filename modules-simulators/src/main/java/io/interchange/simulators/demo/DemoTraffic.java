package io.interchange.simulators.demo;

import io.interchange.simulators.ecp.EcpOrder;
import io.interchange.simulators.ecp.Shop;
import io.interchange.simulators.ecp.ShopEvents;
import io.interchange.simulators.erp.SalesOrder;
import io.interchange.simulators.erp.SalesOrderConflict;
import io.interchange.simulators.erp.SalesOrderEvents;
import io.interchange.simulators.erp.SalesOrders;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Places demo orders and moves sales orders on, on a schedule (see the package doc). */
@ApplicationScoped
public class DemoTraffic {

    private static final Logger LOG = Logger.getLogger(DemoTraffic.class.getName());

    @Inject
    @ConfigProperty(name = "sim.demo.orders-per-minute", defaultValue = "0")
    int ordersPerMinute;

    @Inject
    @ConfigProperty(name = "sim.demo.erp-step-seconds", defaultValue = "20")
    int erpStepSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Shop shop;

    @Inject
    ShopEvents shopEvents;

    @Inject
    SalesOrders salesOrders;

    @Inject
    SalesOrderEvents salesOrderEvents;

    private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (ordersPerMinute <= 0) {
            LOG.info("Demo traffic is off (sim.demo.orders-per-minute=0)");
            return;
        }
        long orderEveryMs = Math.max(1, 60_000L / ordersPerMinute);
        long stepCheckSeconds = Math.max(1, Math.min(erpStepSeconds, 5));
        tasks.add(scheduler.scheduleAtFixedRate(this::placeOrder, orderEveryMs, orderEveryMs, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::moveSalesOrdersOn, stepCheckSeconds, stepCheckSeconds,
                TimeUnit.SECONDS));
        LOG.info(() -> "Demo traffic: " + ordersPerMinute + " orders per minute, ERP steps every " + erpStepSeconds
                + " s");
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
    }

    void placeOrder() {
        try {
            EcpOrder order = shop.place(1, 0, List.of(), null).get(0);
            shopEvents.orderCreated(order);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo order failed", e);
        }
    }

    void moveSalesOrdersOn() {
        for (SalesOrder order : salesOrders.due(Duration.ofSeconds(erpStepSeconds), Instant.now())) {
            try {
                salesOrders.advance(order);
                salesOrderEvents.changed(order);
            } catch (SalesOrderConflict cancelledMeanwhile) {
                LOG.fine(cancelledMeanwhile::getMessage);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo step of " + order.number() + " failed", e);
            }
        }
    }
}
