package io.interchange.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two servers, each with its own {@link SharedTokenBuckets} on one database, with the time given. */
class SharedTokenBucketsTest {

    private static final long T0 = 1_800_000_000_000L;

    private final DataSource database = MigratedDatabase.fresh();
    private final SharedTokenBuckets a = new SharedTokenBuckets(database);
    private final SharedTokenBuckets b = new SharedTokenBuckets(database);

    @Test
    void bothServersTakeFromOneBurstThenWaitForTheRate() {
        int granted = 0;
        for (int i = 0; i < 50; i++) {
            granted += a.take("ecp", 2, 100, 1, T0) == 0 ? 1 : 0;
            granted += b.take("ecp", 2, 100, 1, T0) == 0 ? 1 : 0;
        }
        assertThat(granted).as("the burst, once for both").isEqualTo(100);

        assertThat(a.take("ecp", 2, 100, 1, T0)).as("one token at 2/s: half a second, so 1 s").isEqualTo(1);
        assertThat(b.take("ecp", 2, 100, 5, T0)).as("five tokens at 2/s").isEqualTo(3);
        assertThat(b.take("ecp", 2, 100, 5, T0 + 2_500)).as("refilled meanwhile").isZero();
        assertThat(a.take("ecp", 2, 100, 1, T0 + 2_500)).isEqualTo(1);
    }

    @Test
    void aBucketNeverHoldsMoreThanItsCapacity() {
        assertThat(a.take("ecp", 1, 2, 2, T0)).isZero();
        assertThat(b.take("ecp", 1, 2, 2, T0 + 100_000)).as("full again, not 100 tokens").isZero();
        assertThat(a.take("ecp", 1, 2, 5, T0 + 100_000)).as("5 tokens at 1/s").isEqualTo(5);
    }

    @Test
    void aBatchLargerThanTheCapacityIsNeverGranted() {
        assertThat(a.take("ecp", 10, 20, 21, T0 + 1_000_000)).as("even with a full bucket").isPositive();
        assertThat(b.take("ecp", 10, 20, 20, T0 + 1_000_000)).isZero();
    }

    @Test
    void bucketsAreApart() {
        assertThat(a.take("ecp", 1, 1, 1, T0)).isZero();
        assertThat(b.take("erp", 1, 1, 1, T0)).isZero();
        assertThat(a.take("ecp", 1, 1, 1, T0)).isEqualTo(1);
    }

    @Test
    void aChangedRateOrCapacityCountsAtOnce() {
        assertThat(a.take("ecp", 1, 10, 10, T0)).isZero();
        assertThat(b.take("ecp", 10, 10, 10, T0 + 1_000)).as("ten a second now").isZero();
        assertThat(a.take("ecp", 10, 3, 4, T0 + 100_000)).as("three at most now").isPositive();
        assertThat(a.take("ecp", 10, 3, 3, T0 + 100_000)).isZero();
    }

    @Test
    void aServerWhoseClockIsBehindRefillsNothingAndTakesNothingBack() {
        assertThat(a.take("ecp", 1, 2, 2, T0 + 10_000)).isZero();
        assertThat(b.take("ecp", 1, 2, 1, T0)).as("5 s behind: no refill, no negative").isEqualTo(1);
        assertThat(a.take("ecp", 1, 2, 1, T0 + 11_000)).as("a second after the last take").isZero();
    }

    @Test
    void ofManyTakesAtOnceExactlyTheBurstIsGranted() throws Exception {
        int takers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(takers);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                SharedTokenBuckets server = new SharedTokenBuckets(database);
                granted.add(threads.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (int take = 0; take < 20; take++) {
                        mine += server.take("ecp", 1, 50, 1, T0) == 0 ? 1 : 0;
                    }
                    return mine;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> each : granted) {
                total += each.get();
            }
            assertThat(total).isEqualTo(50);
        } finally {
            threads.shutdownNow();
        }
    }
}
