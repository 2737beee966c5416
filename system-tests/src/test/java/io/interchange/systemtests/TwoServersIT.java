package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static io.interchange.systemtests.Interchange.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara servers sharing PostgreSQL and one broker process (docs/operations.md, "Two servers"):
 * the test profile's server, into which Arquillian deploys, and a second one the run script starts
 * ({@code ./interchange start --server 2}), 100 ports above it. The shop sends its webhooks to both
 * in turn, as through a load balancer. Runs on the PostgreSQL suite only (system-tests-postgresql),
 * whose servers use the broker process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT extends DeployedPlatform {

    private static final String SECOND_URL = "http://localhost:28180";
    private static final String SYSTEMS = "/api/v1/operations/systems";
    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final int REGISTRATIONS = 8;
    private static final String DRAIN_RATE = "interchange.system.erp.drain-per-second";
    /** The admin ports of the two servers' domains (port bases 28000 and 28100). */
    private static final List<Integer> ADMIN_PORTS = List.of(28048, 28148);
    private final Interchange second = new Interchange(SECOND_URL);
    private final Simulators simulators = new Simulators();

    @BeforeAll
    static void startTheSecondServer() throws Exception {
        RunScript.Finished started = RunScript.execute(Map.of(), "start", "--server", "2", "--profile", "test",
                "--no-build");
        assertThat(started.exitCode()).as(started.printed()).isZero();
        new Simulators().call("PUT", "/sim/intake/urls", "{\"urls\":[\"http://localhost:28080/api/v1/events\",\""
                + SECOND_URL + "/api/v1/events\"]}");
    }

    @AfterAll
    static void stopTheSecondServer() throws Exception {
        new Simulators().call("PUT", "/sim/intake/urls", "{\"urls\":[\"http://localhost:28080/api/v1/events\"]}");
        RunScript.execute(Map.of(), "stop-server", "--server", "2", "--profile", "test");
    }

    @AfterEach
    void systemsOnline() throws Exception {
        simulators.clearFaults();
        interchange.call("PUT", SYSTEMS + "/erp/status", OPS_KEY, "{\"status\":\"ONLINE\"}");
        for (int adminPort : ADMIN_PORTS) {
            DomainConfig.removeIfSetOn(adminPort, DRAIN_RATE);
        }
    }

    @Test
    @Order(1)
    void aCatalogFileReachesBothServersAndAKeysQuotaIsSharedByThem() throws Exception {
        // one system more, as an operator adds one: a file in the catalog folder both servers read
        Path file = CATALOG.resolve("quota-check.yaml");
        Files.writeString(file, QUOTA_CHECK);
        try {
            for (Interchange server : List.of(interchange, second)) {
                await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> server.get("/api/v1/catalog",
                        VIEWER_KEY).body().contains("\"system\":\"quota-check\""));
            }
            // its operation's quota: 2 calls per key, then one per 100 s, whichever server answers
            assertThat(callQuotaCheck(interchange).statusCode()).as("the CRM's answer").isBetween(200, 299);
            assertThat(callQuotaCheck(second).statusCode()).as("the CRM's answer").isBetween(200, 299);
            HttpResponse<String> over = callQuotaCheck(interchange);
            assertThat(over.statusCode()).as("the first server counts what the second granted: %s", over.body())
                    .isEqualTo(429);
            assertThat(callQuotaCheck(second).statusCode()).isEqualTo(429);
        } finally {
            Files.deleteIfExists(file);
        }
        for (Interchange server : List.of(interchange, second)) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> !server.get("/api/v1/catalog",
                    VIEWER_KEY).body().contains("\"system\":\"quota-check\""));
        }
    }

    private static HttpResponse<String> callQuotaCheck(Interchange server) {
        return server.call("POST", "/api/v1/systems/quota-check/operations/upsert-contact", OPS_KEY,
                "{\"order\":{\"number\":\"Q-1\",\"customer\":{\"email\":\"quota-" + newId() + "@example.org\"}}}");
    }

    private static final Path CATALOG = Path.of(System.getProperty("interchange.root", ".."), ".runtime/test/catalog");
    private static final String QUOTA_CHECK = """
            system: quota-check
            name: Quota check
            description: The CRM again, with a quota of two calls per key and one per 100 s after them.
            owner:
              team: Integration tests
              email: tests@interchange.example
            connection:
              baseUrl: ${crm.base-url:http://localhost:8096/crm/api}
              auth:
                type: bearer
                token: { config: crm.token }
            operations:
              - name: upsert-contact
                method: PUT
                path: /contacts/{customerId}
                facade: { quotaPerSecond: 0.01, burst: 2 }
                inputSchema:
                  type: object
                  required: [order]
                request:
                  pathParameters:
                    customerId: $lowercase(data.order.customer.email)
                  body: '{ "email": $lowercase(data.order.customer.email), "name": "Quota" }'
                answers:
                  delivered: ["2xx"]
                  retry: ["408", "429", "5xx"]
                  permanent: ["4xx"]
            """;

    @Test
    @Order(2)
    void theErpsBreakerOpeningOnOneServerParksMessagesOnBoth() throws Exception {
        simulators.fault("erp", "{\"offline\":true}");
        List<Simulators.PlacedOrder> early = simulators.placeOrders(4);
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> erp(interchange).get("status").asText(), "BROKEN"::equals);
        assertThat(erp(second).get("status").asText()).as("the second server's view").isEqualTo("BROKEN");

        // both servers consume the queue; neither tries the broken ERP: every order is parked at once
        List<Simulators.PlacedOrder> later = simulators.placeOrders(6);
        for (Simulators.PlacedOrder order : later) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> placedHops(order, "PARKED") == 1);
            assertThat(placedHops(order, "ATTEMPT_FAILED")).as("attempts of %s", order.orderId()).isZero();
        }
        // one incident, one alert, mailed once, whichever server opened the breaker
        List<JsonNode> brokenAlerts = alerts("SYSTEM_BROKEN|erp", "OPEN");
        assertThat(brokenAlerts).hasSize(1);
        String messageId = "<alert-" + brokenAlerts.get(0).get("id").asLong() + "@interchange>";
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> alertMails(messageId) >= 1);
        Thread.sleep(3_000); // both servers' watches ticked a few more times
        assertThat(alertMails(messageId)).as("mails of the breaker's alert").isEqualTo(1);

        // the parked orders go back at the configured rate for the cluster, not at that rate per
        // server: only the holder of the system watch's lease drains (2 per second here)
        for (int adminPort : ADMIN_PORTS) {
            DomainConfig.setOn(adminPort, DRAIN_RATE, "2");
        }
        for (Interchange server : List.of(interchange, second)) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                    .until(() -> erp(server).get("drainPerSecond").asInt(), rate -> rate == 2);
        }
        simulators.clearFaults();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> erp(second).get("status").asText(), "ONLINE"::equals);
        List<Simulators.PlacedOrder> all = new ArrayList<>(early);
        all.addAll(later);
        awaitExactlyOnceInTheErp(all);

        List<Instant> unparked = new ArrayList<>();
        for (Simulators.PlacedOrder order : all) {
            interchange.timeline(order.orderId()).stream().filter(hop -> "interchange.order.placed".equals(
                    hop.get("type").asText()) && "UNPARKED".equals(hop.get("hop").asText()))
                    .forEach(hop -> unparked.add(Instant.parse(hop.get("at").asText())));
        }
        assertThat(unparked).as("orders unparked").hasSizeGreaterThanOrEqualTo(later.size());
        // one tick a second, two messages a tick: the last leaves at least (ticks - 1) s after the first
        // (more parked messages of the ERP only spread them more); two servers draining, half that
        long ticks = (unparked.size() + 1) / 2;
        Duration spread = Duration.between(unparked.stream().min(Instant::compareTo).orElseThrow(),
                unparked.stream().max(Instant::compareTo).orElseThrow());
        assertThat(spread).as("%d parked orders drained at 2 per second by the cluster", unparked.size())
                .isGreaterThanOrEqualTo(Duration.ofMillis((ticks - 1) * 1000 - 500));
    }

    /**
     * The crash test of the PostgreSQL run: paid registrations in the middle of their fan-out and shop
     * orders under load, then the server that took the registrations is killed. What it committed and
     * had not relayed yet (its outbox rows) the first server takes over once it has not seen it for
     * 15 s; what was on the broker the first server consumes.
     * <p>
     * One outbox row is pinned down ({@link OutboxHold}): the second server's first order event, which
     * the database does not let it delete after sending, so it is still there, in its name, when it dies.
     * The first server leaves it alone while the second lives, then sends it; the order is handled once.
     */
    @Test
    @Order(3)
    void killMinus9OfOneServerUnderLoadTheOtherCarriesOnAndEveryAcceptedOrderIsInTheErpOnce() throws Exception {
        List<Simulators.PlacedOrder> accepted = new ArrayList<>();
        int acceptedBeforeTheKill;
        PaidRegistrations paid;
        Registrations throughTheFirst = new Registrations(interchange, simulators);
        try (OutboxHold hold = OutboxHold.firstRowOf("test-2", "OrdersInbound")) {
            Simulators.PlacedOrder held = anOrderHeldInTheSecondServersOutbox(hold);
            accepted.add(held);
            Instant heldSince = Instant.now();
            try (ContinuousLoad load = ContinuousLoad.steady(simulators, Duration.ofMillis(500))) {
                load.awaitAccepted(15);
                // a live server's row is never sent by another: not past the take-over age (15 s), nor two
                // sweeps later
                Duration alive = Duration.ofSeconds(19).minus(Duration.between(heldSince, Instant.now()));
                if (!alive.isNegative()) {
                    await().during(alive).atMost(alive.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                            .until(hold::relayBy, "test-2"::equals);
                }
                assertThat(hold.relayBy()).as("the held row, 19 s on, while its server lives").isEqualTo("test-2");
                paid = PaidRegistrations.register(new Registrations(second, simulators), REGISTRATIONS);
                long pid = secondServerPid();
                new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
                await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
                acceptedBeforeTheKill = 1 + load.accepted().size();
                // the shop's sends that found the second server gone are retried on the first
                load.awaitAccepted(10);
                accepted.addAll(load.accepted());
            }
            // the first server alone takes the orders accepted after the kill to the ERP, and finishes
            // the registrations the killed one took
            for (Simulators.PlacedOrder order : accepted.subList(acceptedBeforeTheKill, accepted.size())) {
                await().atMost(FLOW).pollInterval(Duration.ofMillis(500))
                        .until(() -> !simulators.salesOrders(order.number()).isEmpty());
            }
            paid.awaitComplete(throughTheFirst, FLOW);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(hold::deletedBy, java.util.Objects::nonNull);
            assertThat(hold.deletedBy()).as("the server that sent the killed server's held row").isEqualTo("test-1");
            assertThat(interchange.count(held.eventId(), "DUPLICATE_IGNORED", "orders"))
                    .as("the held order's copies (sent again by both servers), skipped").isPositive();
        }

        Process restart = new ProcessBuilder(new File(RunScript.root(), "interchange").getPath(), "start-server",
                "--server", "2", "--profile", "test").inheritIO().start();
        assertThat(restart.waitFor(300, TimeUnit.SECONDS)).as("the second server restarted in time").isTrue();
        assertThat(restart.exitValue()).isZero();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(second::isReady);

        awaitExactlyOnceInTheErp(accepted);
        for (Simulators.PlacedOrder order : accepted) {
            String id = order.eventId();
            assertThat(interchange.count(id, "RECEIVED", "intake")).as("receptions of %s", id).isEqualTo(1);
            assertThat(interchange.count(id, "CONSUMED", "orders")).as("consumptions of %s", id).isEqualTo(1);
        }
        paid.assertEachFinishedItsThreeStepsOnce(throughTheFirst);
    }

    /** One shop order sent to the second server alone, whose outbox row is then held. */
    private Simulators.PlacedOrder anOrderHeldInTheSecondServersOutbox(OutboxHold hold) {
        simulators.call("PUT", "/sim/intake/urls", "{\"urls\":[\"" + SECOND_URL + "/api/v1/events\"]}");
        Simulators.PlacedOrder order;
        try {
            order = simulators.placeOrder();
        } finally {
            simulators.call("PUT", "/sim/intake/urls", "{\"urls\":[\"http://localhost:28080/api/v1/events\",\""
                    + SECOND_URL + "/api/v1/events\"]}");
        }
        assertThat(order.intakeStatus()).isEqualTo(202);
        String held = await().atMost(Duration.ofSeconds(30)).until(hold::heldMessage, java.util.Objects::nonNull);
        assertThat(held).as("the held row is the order's event").isEqualTo(order.eventId());
        return order;
    }

    private void awaitExactlyOnceInTheErp(List<Simulators.PlacedOrder> orders) throws InterruptedException {
        for (Simulators.PlacedOrder order : orders) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                    .until(() -> simulators.shopOrder(order.orderId()).path("erpReference").isObject());
        }
        // a crash's redelivered copies come soon after; nothing signals the last one, so wait a little
        Thread.sleep(2_000);
        for (Simulators.PlacedOrder order : orders) {
            assertThat(simulators.salesOrders(order.number())).as("sales orders for %s", order.number()).hasSize(1);
        }
    }

    private static long secondServerPid() throws Exception {
        Path pid = RunScript.state("test").toPath().resolve("domains/interchange-test-2/config/pid");
        return Long.parseLong(Files.readString(pid).trim());
    }

    private static JsonNode erp(Interchange server) {
        HttpResponse<String> response = server.get(SYSTEMS, VIEWER_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode system : json(response.body()).get("systems")) {
            if ("erp".equals(system.get("system").asText())) {
                return system;
            }
        }
        throw new AssertionError("no erp in " + response.body());
    }

    private long placedHops(Simulators.PlacedOrder order, String hop) {
        return interchange.timeline(order.orderId()).stream()
                .filter(h -> "interchange.order.placed".equals(h.get("type").asText()) && hop.equals(h.get("hop").asText()))
                .count();
    }

    private List<JsonNode> alerts(String incidentKey, String status) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode alert : json(interchange.get("/api/v1/operations/alerts", VIEWER_KEY).body()).get("alerts")) {
            if (incidentKey.equals(alert.get("incidentKey").asText()) && status.equals(alert.get("status").asText())) {
                found.add(alert);
            }
        }
        return found;
    }

    private long alertMails(String messageId) {
        return json(simulators.call("GET", "/sim/smtp/messages?messageId="
                + java.net.URLEncoder.encode(messageId, java.nio.charset.StandardCharsets.UTF_8), null).body())
                .get("messages").size();
    }
}
