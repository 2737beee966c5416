package io.interchange.platform.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DrainRateTest {

    @Test
    void aTickSendsTheRateSpreadOverIt() {
        assertThat(new DrainRate(20).batch(Duration.ofSeconds(1))).isEqualTo(20);
        assertThat(new DrainRate(20).batch(Duration.ofMillis(500))).isEqualTo(10);
        assertThat(new DrainRate(1).batch(Duration.ofMillis(100))).as("never nothing").isEqualTo(1);
    }

    @Test
    void estimatesTheTimeToDrainABacklog() {
        assertThat(new DrainRate(20).timeToDrain(0)).isZero();
        assertThat(new DrainRate(20).timeToDrain(100)).isEqualTo(Duration.ofSeconds(5));
        assertThat(new DrainRate(3).timeToDrain(1)).isEqualTo(Duration.ofMillis(334));
    }

    @Test
    void aRateBelowOneIsOne() {
        assertThat(new DrainRate(0).perSecond()).isEqualTo(1);
    }
}
