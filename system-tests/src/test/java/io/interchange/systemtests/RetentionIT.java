package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Bounded growth: with retention ages of seconds (set live, as an operator would, through the
 * domain's config), the journal, the inbound events and the ledger stop growing under steady
 * traffic while every order still reaches the ERP exactly once; an open failed message older
 * than every age stays, with its timeline.
 */
class RetentionIT extends DeployedPlatform {

    private static final String STORAGE = "/api/v1/operations/storage";
    private static final String AGE = "PT15S";
    private static final List<String> SHORTENED = List.of("interchange.retention.duplicate-window",
            "interchange.retention.journal", "interchange.retention.inbound-events", "interchange.retention.ledger");

    private final Simulators simulators = new Simulators();

    @AfterAll
    static void backToTheDefaults() throws Exception {
        for (String name : SHORTENED) {
            DomainConfig.remove(name);
        }
    }

    @Test
    void underSteadyTrafficTheTablesStopGrowingAndAnOpenFailureStays() throws Exception {
        String failedOrder = "no-such-order-" + System.nanoTime();
        assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), failedOrder)).statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> openFailures(failedOrder) == 1);

        for (String name : SHORTENED) {
            DomainConfig.set(name, AGE);
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> AGE.equals(storage().at("/keptFor/journal").asText())
                        && AGE.equals(storage().at("/keptFor/ledger").asText()));

        List<Simulators.PlacedOrder> accepted;
        JsonNode early;
        JsonNode late;
        // Ten orders a second. Both samples are taken right after a sweep: between sweeps the tables
        // rise by one sweep period's traffic (10 s of the 25 s a row may live), which is not growth.
        try (ContinuousLoad load = ContinuousLoad.steady(simulators, Duration.ofMillis(500))) {
            // Every row the traffic wrote first is due at a sweep one age (15 s) after it started: the
            // tables are at their level from that sweep on. (An await on "the sweeps removed rows" fires
            // at once on older rows of earlier tests.)
            Swept first = rowsRightAfterASweepFrom(Instant.now().plus(Duration.parse(AGE)));
            early = first.rows();
            int acceptedEarly = load.accepted().size();
            // the interval measured: the same traffic for 30 s more
            late = rowsRightAfterASweepFrom(first.at().plusSeconds(30)).rows();
            System.out.printf("rows right after a sweep: %s, 30 s later %s%n", early, late);
            accepted = load.accepted();
            assertThat(accepted.size() - acceptedEarly).as("orders accepted between the samples").isGreaterThan(150);
        }

        for (String kind : List.of("journal", "inbound-events", "ledger")) {
            assertThat(late.get(kind).asLong()).as("%s rows 30 s later, under the same traffic (early: %s)", kind, early)
                    .isLessThanOrEqualTo(Math.round(early.get(kind).asLong() * 1.3) + 100);
        }
        JsonNode removed = storage().at("/lastSweep/removedSinceStart");
        for (String kind : List.of("journal", "inbound-events", "ledger")) {
            assertThat(removed.path(kind).asLong()).as("%s rows removed by the sweeps: %s", kind, removed).isPositive();
        }

        Auditor auditor = new Auditor(interchange, simulators);
        assertThat(auditor.check(accepted, Duration.ofSeconds(180))).as("orders in the errors queue").isZero();

        assertThat(openFailures(failedOrder)).as("an open failed message is never removed").isEqualTo(1);
        assertThat(interchange.timeline(failedOrder)).as("nor the timeline of its story")
                .anyMatch(hop -> "RECEIVED".equals(hop.path("hop").asText()));
    }

    private record Swept(Instant at, JsonNode rows) {
    }

    /** The rows right after the first sweep that started at {@code from} or later. */
    private Swept rowsRightAfterASweepFrom(Instant from) {
        Instant at = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    JsonNode last = storage().at("/lastSweep/at");
                    return last.isTextual() ? Instant.parse(last.asText()) : Instant.MIN;
                }, sweptAt -> !sweptAt.isBefore(from));
        return new Swept(at, storage().get("rows"));
    }

    private JsonNode storage() {
        HttpResponse<String> response = interchange.get(STORAGE, VIEWER_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private int openFailures(String businessKey) {
        HttpResponse<String> response = interchange.get("/api/v1/operations/failed?status=OPEN&businessKey=" + businessKey,
                OPS_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).get("failed").size();
    }

}
