package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void grantsABurstThenRefillsAtTheRate() {
        TokenBucket cut = new TokenBucket(2, 4, 0);

        assertThat(cut.take(4, 0)).isZero();
        assertThat(cut.take(1, 0)).as("empty: retry after").isEqualTo(1);
        assertThat(cut.take(2, SECOND)).as("two tokens a second later").isZero();
        assertThat(cut.take(1, SECOND)).isEqualTo(1);
    }

    @Test
    void neverHoldsMoreThanItsCapacityAndTellsHowLongABatchMustWait() {
        TokenBucket cut = new TokenBucket(1, 2, 0);

        assertThat(cut.take(2, 100 * SECOND)).isZero();
        assertThat(cut.take(5, 100 * SECOND)).as("5 tokens at 1/s").isEqualTo(5);
    }

    @Test
    void aBatchLargerThanTheCapacityIsNeverGrantedSoTheCapacityIsKnown() {
        TokenBucket cut = new TokenBucket(10, 20, 0);

        assertThat(cut.capacity()).isEqualTo(20);
        assertThat(cut.take(21, 1000 * SECOND)).as("even with a full bucket").isPositive();
        assertThat(cut.take(20, 1000 * SECOND)).isZero();
    }
}
