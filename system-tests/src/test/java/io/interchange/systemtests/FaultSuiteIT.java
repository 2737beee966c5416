package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault scenarios under load, each followed by the {@link Auditor}: every accepted order reached
 * the ERP exactly once or is visible as failed, and no shop order has two sales orders. The
 * scenarios tagged {@code full} are long; they run with {@code ./mvnw verify -Pfault-suite}.
 */
class FaultSuiteIT extends DeployedPlatform {

    private final Simulators simulators = new Simulators();
    private final Auditor auditor = new Auditor(interchange, simulators);

    @AfterEach
    void healSystems() {
        simulators.clearFaults();
    }

    @Test
    void erpAnswering500ToThirtyPercentOfCallsUnderLoadLosesAndDuplicatesNothing() {
        simulators.fault("erp", "{\"errorRate\":0.3,\"errorStatus\":500}");
        List<Simulators.PlacedOrder> accepted = new ArrayList<>();
        for (int batch = 0; batch < 6; batch++) {
            accepted.addAll(simulators.placeOrders(10));
        }
        assertThat(accepted).extracting(Simulators.PlacedOrder::intakeStatus).containsOnly(202);

        int failed = auditor.check(accepted, Duration.ofSeconds(180));

        // with 30 % errors and the test profile's retries, an order failing every retry is rare
        assertThat(failed).as("orders that used up their retries").isLessThanOrEqualTo(2);
    }

    @Test
    void theShopAnswering429WithRetryAfterToThirtyPercentOfCallsLosesAndDuplicatesNothing() {
        simulators.fault("ecp", "{\"errorRate\":0.3,\"errorStatus\":429,\"retryAfterSeconds\":1}");
        List<Simulators.PlacedOrder> accepted = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            accepted.addAll(simulators.placeOrders(10));
        }
        assertThat(accepted).extracting(Simulators.PlacedOrder::intakeStatus).containsOnly(202);

        assertThat(auditor.check(accepted, Duration.ofSeconds(180))).as("orders that used up their retries")
                .isLessThanOrEqualTo(2);
    }

    @Test
    @Tag("full")
    void theErpCreatingButAnsweringAfterTheTimeoutUnderLoadCreatesEachSalesOrderOnce() {
        simulators.fault("erp", "{\"slowButSucceedsMs\":3000}");
        List<Simulators.PlacedOrder> accepted = new ArrayList<>();
        for (int batch = 0; batch < 3; batch++) {
            accepted.addAll(simulators.placeOrders(10));
        }
        assertThat(accepted).extracting(Simulators.PlacedOrder::intakeStatus).containsOnly(202);

        // the connector looks the sales order up again after every unclear answer
        assertThat(auditor.check(accepted, Duration.ofSeconds(240))).as("failed orders").isZero();
    }

    @Test
    @Tag("full")
    void anErpGoneForLongSpendsNoCpuOnItsWaitingOrdersAndDeliversThemOnceItIsBack() throws Exception {
        simulators.fault("erp", "{\"offline\":true}");
        List<Simulators.PlacedOrder> accepted = new ArrayList<>(simulators.placeOrders(20));
        assertThat(accepted).extracting(Simulators.PlacedOrder::intakeStatus).containsOnly(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> parkedForErp() >= 20);

        // no hot loop: while the ERP is away, the waiting orders cost the server next to nothing
        long pid = ServerProcess.serverPid();
        long before = cpuTicks(pid);
        Thread.sleep(10_000);
        double coresUsed = (cpuTicks(pid) - before) / 100.0 / 10.0;
        assertThat(coresUsed).as("server CPU (cores) while the ERP is away, 20 orders parked").isLessThan(0.25);

        simulators.clearFaults();
        assertThat(auditor.check(accepted, Duration.ofSeconds(120))).as("failed orders").isZero();
    }

    private long parkedForErp() {
        for (var system : Interchange.json(interchange.get("/api/v1/operations/systems", Interchange.VIEWER_KEY).body())
                .get("systems")) {
            if ("erp".equals(system.get("system").asText())) {
                return system.get("parked").asLong();
            }
        }
        return 0;
    }

    /** User + system CPU time of a process, in clock ticks (1/100 s on Linux), from /proc. */
    private static long cpuTicks(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    @Test
    @Tag("full")
    void repeatedKillMinus9UnderContinuousLoadLosesAndDuplicatesNothing() throws Exception {
        List<Simulators.PlacedOrder> accepted = new ArrayList<>();
        for (int crash = 0; crash < 3; crash++) {
            try (ContinuousLoad load = ContinuousLoad.start(simulators)) {
                load.awaitAccepted(20); // orders on their way when the kill hits
                ServerProcess.killAndRestart(interchange);
                load.awaitAccepted(5); // and accepted again once it is back
                accepted.addAll(load.accepted()); // refusals while the server was down: never accepted
            }
        }

        assertThat(auditor.check(accepted, Duration.ofSeconds(180))).as("failed orders").isZero();
    }

    /**
     * The broker restarted three times under continuous load, while the server runs on: messages in
     * flight are rolled back and redelivered, sends while it is away wait in the outbox, listeners
     * reconnect by themselves. Meanwhile the shop's events are still accepted (the intake writes to
     * the database only).
     */
    @Test
    @Tag("full")
    void brokerRestartsUnderContinuousLoadLoseAndDuplicateNothing() throws Exception {
        List<Simulators.PlacedOrder> accepted = new ArrayList<>();
        try (BrokerProcess broker = BrokerProcess.ownProcess(interchange)) {
            for (int restart = 0; restart < 3; restart++) {
                try (ContinuousLoad load = ContinuousLoad.start(simulators)) {
                    load.awaitAccepted(20);
                    broker.restart();
                    load.awaitAccepted(20); // the load goes on across the broker's return
                    load.close();
                    assertThat(load.refused()).as("events refused while the broker restarted").isEmpty();
                    accepted.addAll(load.accepted());
                }
            }

            assertThat(auditor.check(accepted, Duration.ofSeconds(180))).as("failed orders").isZero();
        }
    }
}
