package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A queue holding more than 100,000 messages (full fault suite): OpenMQ refuses a persistent send
 * past 100,000 messages in an auto-created queue; Interchange creates its queues without that
 * limit. 100,500 distinct events are put on the orders queue with OpenMQ's client, all due at one
 * moment so that they pile up first; then the platform drains them. Every event is for an order
 * the platform already has, so each is handled without a call to the shop: the scenario measures
 * the bus and the ledger, not the simulators.
 */
class LargeBacklogIT extends DeployedPlatform {

    private static final String QUEUE = "OrdersInbound";
    private static final int MESSAGES = 100_500;

    private final Simulators simulators = new Simulators();

    @Test
    @Tag("full")
    void aQueueOfMoreThan100000MessagesIsHeldThenDrainedWithEveryMessageHandledOnce() throws Exception {
        Simulators.PlacedOrder order = simulators.placeOrder();
        await().atMost(Duration.ofSeconds(60)).until(() -> simulators.shopOrder(order.orderId()).hasNonNull("erpReference"));
        String prefix = "backlog-" + Interchange.newId() + "-";
        long inDeadLetterQueue = OpenMq.messagesIn("mq.sys.dmq");

        Instant start = Instant.now();
        Instant due = start.plus(Duration.ofSeconds(180));
        try (OpenMq broker = OpenMq.connect()) {
            JMSContext jms = broker.jms();
            Queue queue = jms.createQueue(QUEUE);
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MESSAGES; i++) {
                TextMessage message = jms.createTextMessage("{\"orderId\":\"" + order.orderId() + "\"}");
                message.setStringProperty("cloudEvents_specversion", "1.0");
                message.setStringProperty("cloudEvents_id", prefix + i);
                message.setStringProperty("cloudEvents_source", "/ecp/backlog");
                message.setStringProperty("cloudEvents_type", "ecp.order.created");
                producer.setDeliveryDelay(Math.max(1, Duration.between(Instant.now(), due).toMillis()));
                producer.send(queue, message);
            }
        }
        Duration filled = Duration.between(start, Instant.now());
        long held = OpenMq.messagesIn(QUEUE);
        System.out.printf("backlog: %,d messages sent in %d s, %,d held by the broker; server RSS %s%n",
                MESSAGES, filled.toSeconds(), held, serverRss());
        assertThat(filled).as("the messages were all sent before the first was due").isLessThan(Duration.ofSeconds(180));
        assertThat(held).as("messages held in one queue").isGreaterThan(100_000);

        // imqcmd is a JVM of its own and slow to answer while the two cores drain the queue: a late answer is a "not yet"
        await().atMost(Duration.ofMinutes(25)).pollInterval(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> OpenMq.messagesIn(QUEUE) == 0);
        Duration drained = Duration.between(due, Instant.now());
        System.out.printf("backlog: drained in %d s (%.0f messages/s); server RSS %s%n", drained.toSeconds(),
                MESSAGES / (double) Math.max(1, drained.toSeconds()), serverRss());

        assertThat(OpenMq.messagesIn("mq.sys.dmq")).as("messages in OpenMQ's dead message queue").isEqualTo(inDeadLetterQueue);
        Random random = new Random();
        for (int sample = 0; sample < 100; sample++) {
            String id = prefix + random.nextInt(MESSAGES);
            List<String> hops = interchange.hops(id).stream().map(hop -> hop.path("hop").asText()).toList();
            assertThat(hops).as("hops of %s", id).containsOnlyOnce("CONSUMED").doesNotContain("FAILED");
        }
        assertThat(simulators.salesOrders(order.number())).as("the order's sales orders").hasSize(1);
    }

    private static String serverRss() throws Exception {
        Path status = Path.of("/proc", Long.toString(ServerProcess.serverPid()), "status");
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS"))
                .map(line -> line.replaceAll("\\s+", " ").substring("VmRSS: ".length())).findFirst().orElse("?");
    }
}
