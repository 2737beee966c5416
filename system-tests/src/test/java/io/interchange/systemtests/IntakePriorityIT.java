package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The intake's share of the CPU on the server the run script made: the threads that delivered an
 * order run at nice 10, the request threads that answer the intake at 0, so that Linux gives the
 * intake about ten times a consumer's share when both want the cores (docs/architecture.md).
 */
@EnabledOnOs(OS.LINUX)
class IntakePriorityIT extends DeployedPlatform {

    private final Simulators simulators = new Simulators();

    @Test
    void theThreadsThatDeliverRunBelowTheThreadsThatAnswerTheIntake() throws Exception {
        for (Simulators.PlacedOrder order : simulators.placeOrders(5)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !simulators.salesOrders(order.number()).isEmpty());
        }
        long pid = ServerProcess.serverPid();
        // Payara's thread-pool-1, whose workers the JMS resource adapter delivers the MDBs' messages on
        List<Integer> consumers = niceOfThreads(pid, "orb-thread-pool");
        List<Integer> requests = niceOfThreads(pid, "http-thread-poo");
        assertThat(consumers).as("nice of the server's delivery threads")
                .contains(10).allMatch(nice -> nice == 10 || nice == 0);
        assertThat(requests).as("nice of the server's request threads").isNotEmpty().containsOnly(0);
    }

    /** The nice values of a process's threads whose name starts so (Linux cuts names at 15 characters). */
    private static List<Integer> niceOfThreads(long pid, String namePrefix) throws Exception {
        List<Integer> nice = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith(namePrefix)) {
                        String stat = Files.readString(task.resolve("stat"));
                        nice.add(Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]));
                    }
                } catch (java.nio.file.NoSuchFileException threadEnded) {
                    // the thread ended while we looked
                }
            }
        }
        return nice;
    }
}
