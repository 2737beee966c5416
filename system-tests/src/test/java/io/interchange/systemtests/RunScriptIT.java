package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The user's paths, through the run script itself rather than Arquillian's deployment: a start
 * after kill -9 under load, a redeploy of a changed EAR under load, and a stop and start with
 * messages waiting that upgrades a database of the release before schema migrations. Each ends with the auditor: every accepted order in the ERP exactly once, and
 * none in the errors queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunScriptIT {

    private final Interchange interchange = new Interchange();
    private final Simulators simulators = new Simulators();
    private final Auditor auditor = new Auditor(interchange, simulators);

    @BeforeAll
    static void deployedByTheRunScript() throws Exception {
        RunScript.start(null);
    }

    /**
     * Back to the deployment the other test classes share (one for the run, arquillian.xml): the EAR
     * as built, under the name Arquillian deployed it with and undeploys at the end.
     */
    @AfterAll
    static void backToTheSharedDeployment() throws Exception {
        new Simulators().clearFaults();
        RunScript.start(null);
    }

    @Test
    @Order(1)
    void aStartAfterKillMinus9UnderLoadRecoversEveryOrderWithoutRedeploying() throws Exception {
        List<Simulators.PlacedOrder> accepted;
        try (ContinuousLoad load = ContinuousLoad.start(simulators)) {
            load.awaitAccepted(20);
            long pid = ServerProcess.serverPid();
            new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
            await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));

            String printed = RunScript.start(null); // the first try, with the killed server's pid file left behind
            assertThat(printed).as("the application the server loads at boot is not redeployed over")
                    .contains("not redeployed").doesNotContain("deploying interchange.ear");
            await().atMost(Duration.ofSeconds(120)).until(interchange::isReady);
            load.awaitAccepted(20);
            accepted = load.accepted();
        }
        assertThat(auditor.check(accepted, Duration.ofSeconds(180))).as("orders in the errors queue").isZero();
        assertNoneFailed(accepted);
    }

    @Test
    @Order(3)
    void aRedeployOfAChangedEarUnderLoadLosesNothingAndSendersAreToldToComeBack() throws Exception {
        Path changed = changedEar();
        List<Simulators.PlacedOrder> accepted;
        List<Simulators.PlacedOrder> sentAgain;
        List<Integer> refused;
        try (ContinuousLoad load = ContinuousLoad.start(simulators)) {
            load.awaitAccepted(20);
            String printed = RunScript.start(changed);
            assertThat(printed).contains("deploying interchange.ear");
            await().atMost(Duration.ofSeconds(120)).until(interchange::isReady);
            load.awaitAccepted(20);
            accepted = load.accepted();
            sentAgain = load.refusedOrders();
            refused = load.refused();
        }
        // While no application takes "/", Payara's default web module answers 503 + Retry-After
        // (runtime/unavailable.jsp); while the old application stops, or no context at all takes the
        // request, the domain's valve does (modules-server-valve). Never 404 or 500: the shop sends again.
        assertThat(refused).as("answers other than 202 while the EAR was redeployed").containsOnly(503);
        assertThat(refused).as("503s while the EAR was redeployed").contains(503);
        List<Simulators.PlacedOrder> all = new ArrayList<>(accepted);
        all.addAll(sentAgain);
        assertThat(auditor.check(all, Duration.ofSeconds(180))).as("orders in the errors queue").isZero();
        assertNoneFailed(all);
    }

    @Test
    @Order(2)
    void aStopAndStartWithANewEarAndMessagesWaitingDeliversEachOnce() throws Exception {
        // a slow ERP: orders queue up behind it, some are in the middle of their delivery at the stop
        simulators.fault("erp", "{\"latencyMs\":400}");
        List<Simulators.PlacedOrder> accepted = new ArrayList<>(simulators.placeOrders(15));
        accepted.removeIf(order -> order.intakeStatus() != 202);
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(10);

        // A new EAR with the restart: the script must let the boot finish loading the deployed one
        // before it deploys (a deploy during the boot's load left the orders unit without entities).
        // And an upgrade: the database is turned back into one of the release before schema
        // migrations, with its rows and these orders' messages waiting; the new EAR migrates it.
        RunScript.stopServer();
        File state = RunScript.state("test");
        boolean h2 = !"postgresql".equals(System.getenv("INTERCHANGE_DB"));
        Map<String, Long> migratedBefore = new HashMap<>();
        if (h2) {
            PreviousRelease.database(state);
            for (String context : PreviousRelease.CONTEXTS) {
                migratedBefore.put(context, PreviousRelease.migrationsFromNothing(state, context));
            }
        }
        String printed = RunScript.start(changedEar());
        assertThat(printed).contains("deploying interchange.ear");
        await().atMost(Duration.ofSeconds(120)).until(interchange::isReady);
        simulators.clearFaults();
        for (String context : h2 ? PreviousRelease.CONTEXTS : List.<String>of()) {
            assertThat(PreviousRelease.migrationsFromNothing(state, context))
                    .as("migrations of the %s schema logged after the upgrade", context)
                    .isEqualTo(migratedBefore.get(context) + 1);
        }

        assertThat(auditor.check(accepted, Duration.ofSeconds(180))).as("orders in the errors queue").isZero();
        assertNoneFailed(accepted);
    }

    /** Nothing in the errors queue for these orders, whatever the consumer. */
    private void assertNoneFailed(List<Simulators.PlacedOrder> orders) {
        for (Simulators.PlacedOrder order : orders) {
            String body = interchange.get("/api/v1/operations/failed?businessKey=" + order.orderId(),
                    Interchange.OPS_KEY).body();
            assertThat(Interchange.json(body).path("failed").size()).as("failed messages of %s: %s", order.orderId(), body)
                    .isZero();
        }
    }

    /** The built EAR with one more file: a new version, so the run script deploys it. */
    private static Path changedEar() throws Exception {
        File built = new File(RunScript.root(), "ear/target/interchange.ear");
        Path changed = Files.createTempFile("interchange-changed", ".ear");
        try (ZipFile in = new ZipFile(built);
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/redeploy-test.txt"));
            out.write(("changed at " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return changed;
    }
}
