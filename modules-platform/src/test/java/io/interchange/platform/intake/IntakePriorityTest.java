package io.interchange.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IntakePriorityTest {

    @Test
    void aConsumerGoesOnAtOnceWhileNoSenderWaits() {
        IntakePriority priority = new IntakePriority(5_000);
        priority.answering();
        priority.answered();
        assertThat(priority.giveWay()).isZero();
    }

    @Test
    void aConsumerWaitsForTheAnswerInProgressAndGoesOnOnceItIsGiven() throws Exception {
        IntakePriority priority = new IntakePriority(60_000);
        priority.answering();
        CompletableFuture<Duration> waited = CompletableFuture.supplyAsync(priority::giveWay);
        Thread.sleep(200);
        assertThat(waited).as("still giving way while the sender waits").isNotDone();
        priority.answered();
        // it went on once the answer was given, long before its limit of a minute
        assertThat(waited.get(10, TimeUnit.SECONDS)).isPositive().isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aSteadyStreamOfSendersHoldsAConsumerBackNoLongerThanTheLimit() throws Exception {
        IntakePriority priority = new IntakePriority(50);
        priority.answering(); // never answered: the intake is always busy
        Duration waited = CompletableFuture.supplyAsync(priority::giveWay).get(10, TimeUnit.SECONDS);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(50)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void zeroTurnsItOff() {
        IntakePriority priority = new IntakePriority(0);
        priority.answering();
        assertThat(priority.giveWay()).isZero();
    }
}
