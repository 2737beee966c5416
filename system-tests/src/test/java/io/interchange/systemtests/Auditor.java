package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the reliability invariants after a fault scenario, for every order the intake accepted
 * (202): it reached the ERP exactly once and the shop has its ERP reference, or it is visible
 * as failed in the errors queue (from where it can be resubmitted); and the ERP holds no two sales
 * orders for one shop order.
 */
final class Auditor {

    private final Interchange interchange;
    private final Simulators simulators;

    Auditor(Interchange interchange, Simulators simulators) {
        this.interchange = interchange;
        this.simulators = simulators;
    }

    /** Waits (bounded) for every accepted order to settle, then asserts the invariants; returns how many failed. */
    int check(List<Simulators.PlacedOrder> accepted, Duration settle) {
        for (Simulators.PlacedOrder order : accepted) {
            // no first delay: most orders settled long ago, and a half-second each adds up over thousands
            await("order " + order.orderId() + " linked in the shop or failed").atMost(settle)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> linkedInShop(order) || isFailed(order));
        }
        Map<String, Integer> salesOrdersByNumber = new HashMap<>();
        for (JsonNode salesOrder : Interchange.json(simulators.call("GET", "/sim/erp/salesorders", null).body()).get("value")) {
            salesOrdersByNumber.merge(salesOrder.path("externalDocumentNumber").asText(), 1, Integer::sum);
        }
        assertThat(salesOrdersByNumber.values()).as("sales orders per shop order").allMatch(count -> count == 1);
        int failed = 0;
        for (Simulators.PlacedOrder order : accepted) {
            if (linkedInShop(order)) {
                assertThat(salesOrdersByNumber.getOrDefault(order.number(), 0)).as("sales orders of %s", order.number())
                        .isEqualTo(1);
            } else {
                failed++;
                assertThat(isFailed(order)).as("%s neither in the ERP nor failed: lost", order.orderId()).isTrue();
            }
        }
        return failed;
    }

    private boolean linkedInShop(Simulators.PlacedOrder order) {
        return !simulators.shopOrder(order.orderId()).path("erpReference").path("erpOrderNumber").asText("").isEmpty();
    }

    private boolean isFailed(Simulators.PlacedOrder order) {
        for (String key : List.of(order.orderId(), order.number())) {
            String body = interchange.get("/api/v1/operations/failed?status=OPEN&businessKey="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8), Interchange.OPS_KEY).body();
            if (Interchange.json(body).path("failed").size() > 0) {
                return true;
            }
        }
        return false;
    }
}
