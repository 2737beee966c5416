package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reliability promise under the harshest stop: the server is killed with SIGKILL right
 * after answering 202s for shop orders, while they are on their way, and restarted. Every
 * accepted event is consumed exactly once and every order reaches the ERP exactly once: what a
 * transaction committed, including the messages it sent (the outbox), survives the crash.
 */
class CrashRecoveryIT extends DeployedPlatform {

    private static final int ORDERS = 20;
    private final Simulators simulators = new Simulators();

    @Test
    void everyAcceptedOrderReachesTheErpExactlyOnceAfterKillMinus9() throws Exception {
        List<Simulators.PlacedOrder> accepted = simulators.placeOrders(ORDERS);
        assertThat(accepted).extracting(Simulators.PlacedOrder::intakeStatus).containsOnly(202);

        long pid = serverPid();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));

        restartServer();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(interchange::isReady);

        for (Simulators.PlacedOrder order : accepted) {
            await().atMost(Duration.ofSeconds(120)).until(() -> simulators.salesOrders(order.number()).size() >= 1);
        }
        // After a crash, the broker redelivers what was unacknowledged and the outbox relay sends
        // again what it may have sent already; nothing signals "all copies are in", so this waits
        // a bounded time for a wrong second effect.
        Thread.sleep(2000);
        for (Simulators.PlacedOrder order : accepted) {
            String id = order.eventId();
            assertThat(interchange.count(id, "RECEIVED", "intake")).as("receptions of %s", id).isEqualTo(1);
            assertThat(interchange.count(id, "CONSUMED", "orders")).as("consumptions of %s", id).isEqualTo(1);
            assertThat(simulators.salesOrders(order.number())).as("sales orders of %s", order.number()).hasSize(1);
        }
    }

    private static File root() {
        return new File(System.getProperty("interchange.root", ".."));
    }

    private static long serverPid() throws Exception {
        Path pidFile = root().toPath().resolve(".runtime/test/domains/interchange-test/config/pid");
        return Long.parseLong(Files.readString(pidFile).trim());
    }

    private static void restartServer() throws Exception {
        Process start = new ProcessBuilder(new File(root(), "interchange").getPath(), "start-server", "--profile", "test")
                .inheritIO().start();
        assertThat(start.waitFor(300, TimeUnit.SECONDS)).as("server restarted in time").isTrue();
        assertThat(start.exitValue()).isZero();
    }
}
