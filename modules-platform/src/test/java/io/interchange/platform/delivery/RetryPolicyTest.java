package io.interchange.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        assertThat(RetryPolicy.backoff(1, null, 1000, 60_000, 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(RetryPolicy.backoff(3, null, 1000, 60_000, 0.5)).isEqualTo(Duration.ofMillis(4000));
        assertThat(RetryPolicy.backoff(3, null, 1000, 60_000, 0.0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(RetryPolicy.backoff(3, null, 1000, 60_000, 0.999)).isBetween(Duration.ofMillis(4790), Duration.ofMillis(4800));
        assertThat(RetryPolicy.backoff(30, null, 1000, 60_000, 0.5)).isEqualTo(Duration.ofMillis(60_000));
    }

    @Test
    void honoursRetryAfter() {
        assertThat(RetryPolicy.backoff(1, Duration.ofSeconds(30), 1000, 60_000, 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void classifiesHttpStatuses() {
        HttpOutcome.check("erp", "POST", 201, null, null);
        assertThatThrownBy(() -> HttpOutcome.check("erp", "POST", 503, null, "maintenance"))
                .isInstanceOf(TransientFailure.class).hasMessageContaining("503");
        assertThatThrownBy(() -> HttpOutcome.check("erp", "POST", 429, "7", null))
                .isInstanceOfSatisfying(TransientFailure.class,
                        f -> assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThatThrownBy(() -> HttpOutcome.check("ecp", "GET", 404, null, "no such order"))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("no such order");
    }
}
