package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.bus.Fanout;
import io.interchange.platform.contract.MessageContract;
import io.interchange.platform.contract.RoutingTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The run script creates exactly the queues the contexts' contracts declare and the catalog
 * deliveries' queue (each without OpenMQ's 100,000 cap).
 */
class QueuesTest {

    @Test
    void runtimeCreatesTheQueueOfEveryContract() throws Exception {
        List<String> created = Files.readAllLines(Path.of("../runtime/destinations.txt")).stream()
                .map(String::trim).filter(line -> !line.isEmpty()).toList();
        List<MessageContract> contracts = ServiceLoader.load(MessageContract.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(contracts).hasSize(3);
        List<String> expected = new java.util.ArrayList<>(RoutingTable.of(contracts).queues());
        expected.add(Fanout.QUEUE);
        assertThat(created).containsExactlyInAnyOrderElementsOf(expected);
    }
}
