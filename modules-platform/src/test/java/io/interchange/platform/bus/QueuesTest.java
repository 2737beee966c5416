package io.interchange.platform.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run script creates exactly the queues the code declares (each without OpenMQ's 100,000 cap). */
class QueuesTest {

    @Test
    void runtimeCreatesEveryDeclaredQueue() throws Exception {
        List<String> created = Files.readAllLines(Path.of("../runtime/destinations.txt")).stream()
                .map(String::trim).filter(line -> !line.isEmpty()).toList();

        assertThat(created).containsExactlyInAnyOrderElementsOf(Queues.ALL);
    }
}
