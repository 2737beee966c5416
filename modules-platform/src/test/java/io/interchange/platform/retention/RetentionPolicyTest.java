package io.interchange.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.clients.MapConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static RetentionPolicy with(Map<String, String> values) {
        RetentionPolicy policy = new RetentionPolicy();
        policy.config = new MapConfig(values);
        return policy;
    }

    @Test
    void defaultsKeepAMonthOfTimelinesAndLedgerAndTwoWeeksOfEvents() {
        RetentionPolicy policy = with(Map.of());

        assertThat(policy.journal()).isEqualTo(Duration.ofDays(30));
        assertThat(policy.ledger()).isEqualTo(Duration.ofDays(30));
        assertThat(policy.inboundEvents()).isEqualTo(Duration.ofDays(14));
        assertThat(policy.closedFailures()).isEqualTo(Duration.ofDays(90));
        assertThat(policy.duplicateWindow()).isEqualTo(RetentionPolicy.DUPLICATE_WINDOW);
    }

    @Test
    void theLedgerAndTheEventsAreNeverKeptForLessThanTheDuplicateWindow() {
        RetentionPolicy policy = with(Map.of("interchange.retention.ledger", "PT1H",
                "interchange.retention.inbound-events", "P1D", "interchange.retention.journal", "PT1H"));

        assertThat(policy.ledger()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.inboundEvents()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.journal()).as("the journal has no such floor").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aShorterDuplicateWindowLowersTheFloor() {
        RetentionPolicy policy = with(Map.of("interchange.retention.duplicate-window", "PT10M",
                "interchange.retention.ledger", "PT15S"));

        assertThat(policy.ledger()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anAgeThatIsNotAPositiveDurationKeepsTheDefault() {
        RetentionPolicy policy = with(Map.of("interchange.retention.journal", "30 days",
                "interchange.retention.closed-failures", "PT0S", "interchange.retention.resolved-alerts", "-P1D"));

        assertThat(policy.journal()).isEqualTo(Duration.ofDays(30));
        assertThat(policy.closedFailures()).isEqualTo(Duration.ofDays(90));
        assertThat(policy.resolvedAlerts()).isEqualTo(Duration.ofDays(90));
    }
}
