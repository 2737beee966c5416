package io.interchange.simulators.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.simulators.SimulatedSystem;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Faults cut = new Faults(new Random(7));

    @Test
    void without_faults_every_call_is_handled_at_once() {
        FaultDecision decision = cut.decide(SimulatedSystem.ERP);

        assertThat(decision.fails()).isFalse();
        assertThat(decision.latencyMs()).isZero();
        assertThat(decision.slowButSucceedsMs()).isZero();
    }

    @Test
    void error_rate_zero_never_fails() {
        cut.change(SimulatedSystem.ERP, new FaultSettings(false, 0.0, 500, 1, 0, 0));

        assertThat(IntStream.range(0, 1000).mapToObj(i -> cut.decide(SimulatedSystem.ERP)))
                .noneMatch(FaultDecision::fails);
        assertThat(cut.injectedErrors(SimulatedSystem.ERP)).isZero();
    }

    @Test
    void error_rate_one_always_fails_with_the_status_and_retry_after() {
        cut.change(SimulatedSystem.ERP, new FaultSettings(false, 1.0, 429, 3, 0, 0));

        assertThat(IntStream.range(0, 1000).mapToObj(i -> cut.decide(SimulatedSystem.ERP)))
                .allSatisfy(d -> {
                    assertThat(d.errorStatus()).isEqualTo(429);
                    assertThat(d.retryAfterSeconds()).isEqualTo(3);
                });
        assertThat(cut.injectedErrors(SimulatedSystem.ERP)).isEqualTo(1000);
        assertThat(cut.decide(SimulatedSystem.ECP).fails()).as("the other system").isFalse();
    }

    @Test
    void a_500_carries_no_retry_after() {
        cut.change(SimulatedSystem.ECP, new FaultSettings(false, 1.0, 500, 3, 0, 0));

        assertThat(cut.decide(SimulatedSystem.ECP).retryAfterSeconds()).isEqualTo(-1);
    }

    @Test
    void half_the_calls_fail_at_rate_one_half() {
        cut.change(SimulatedSystem.ECP, new FaultSettings(false, 0.5, 503, 1, 0, 0));

        long failed = IntStream.range(0, 2000).mapToObj(i -> cut.decide(SimulatedSystem.ECP))
                .filter(FaultDecision::fails).count();

        assertThat(failed).isBetween(850L, 1150L);
    }

    @Test
    void slow_but_succeeds_applies_only_to_calls_that_are_handled() {
        cut.change(SimulatedSystem.ERP, new FaultSettings(false, 0.0, 503, 1, 100, 5000));

        FaultDecision decision = cut.decide(SimulatedSystem.ERP);

        assertThat(decision.fails()).isFalse();
        assertThat(decision.latencyMs()).isEqualTo(100);
        assertThat(decision.slowButSucceedsMs()).isEqualTo(5000);
    }

    @Test
    void clear_removes_all_faults() {
        cut.change(SimulatedSystem.ERP, new FaultSettings(true, 1.0, 503, 1, 0, 0));
        cut.clear();

        assertThat(cut.settings(SimulatedSystem.ERP)).isEqualTo(FaultSettings.NONE);
    }

    @Test
    void out_of_range_settings_are_refused() {
        assertThatThrownBy(() -> new FaultSettings(false, 1.5, 503, 1, 0, 0)).hasMessageContaining("errorRate");
        assertThatThrownBy(() -> new FaultSettings(false, 0.5, 200, 1, 0, 0)).hasMessageContaining("errorStatus");
        assertThatThrownBy(() -> new FaultSettings(false, 0.5, 503, 1, -1, 0)).hasMessageContaining("latencyMs");
    }
}
