package io.interchange.platform.systems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakerCountTest {

    private final BreakerCount breaker = new BreakerCount();

    @Test
    void opensOnlyOnTheFailureThatReachesTheThreshold() {
        assertThat(breaker.failed("erp", 3)).isFalse();
        assertThat(breaker.failed("erp", 3)).isFalse();
        assertThat(breaker.failed("erp", 3)).isTrue();
        assertThat(breaker.failed("erp", 3)).as("already open: not again").isFalse();
        assertThat(breaker.count("erp")).isEqualTo(4);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        breaker.failed("erp", 3);
        breaker.failed("erp", 3);
        breaker.succeeded("erp");
        assertThat(breaker.count("erp")).isZero();
        assertThat(breaker.failed("erp", 3)).isFalse();
        assertThat(breaker.failed("erp", 3)).isFalse();
        assertThat(breaker.failed("erp", 3)).isTrue();
    }

    @Test
    void systemsAreCountedApart() {
        breaker.failed("erp", 2);
        assertThat(breaker.failed("ecp", 2)).isFalse();
        assertThat(breaker.count("ecp")).isEqualTo(1);
        assertThat(breaker.count("other")).isZero();
    }
}
