package io.interchange.simulators.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy cut = new RetryPolicy(4, Duration.ofSeconds(1));

    @Test
    void retries_after_no_answer_429_and_5xx_with_exponential_backoff() {
        assertThat(cut.nextDelay(1, null, null)).contains(Duration.ofSeconds(1));
        assertThat(cut.nextDelay(2, 503, null)).contains(Duration.ofSeconds(2));
        assertThat(cut.nextDelay(3, 500, null)).contains(Duration.ofSeconds(4));
    }

    @Test
    void retry_after_wins_over_backoff() {
        assertThat(cut.nextDelay(1, 429, 7L)).contains(Duration.ofSeconds(7));
    }

    @Test
    void stops_after_success_a_client_error_or_the_last_attempt() {
        assertThat(cut.nextDelay(1, 202, null)).isEmpty();
        assertThat(cut.nextDelay(1, 200, null)).isEmpty();
        assertThat(cut.nextDelay(1, 400, null)).isEmpty();
        assertThat(cut.nextDelay(1, 401, null)).isEmpty();
        assertThat(cut.nextDelay(4, 503, null)).isEmpty();
    }
}
