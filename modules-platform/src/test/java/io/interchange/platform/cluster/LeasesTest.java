package io.interchange.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two servers, each with its own {@link Leases} on one database. */
class LeasesTest {

    private static final Duration LENGTH = Duration.ofSeconds(10);
    private static final long T0 = 1_800_000_000_000L;

    private final DataSource database = MigratedDatabase.fresh();
    private final Leases a = new Leases(database);
    private final Leases b = new Leases(database);

    @Test
    void theFirstToAskHoldsItAndTheOtherIsRefusedUntilItExpires() {
        assertThat(a.hold("watch", "a", LENGTH, T0)).isTrue();
        assertThat(b.hold("watch", "b", LENGTH, T0 + 1)).isFalse();
        assertThat(b.hold("watch", "b", LENGTH, T0 + 10_000)).as("expires at T0 + 10 s, not before").isFalse();

        assertThat(b.hold("watch", "b", LENGTH, T0 + 10_001)).as("expired: taken over").isTrue();
        assertThat(a.hold("watch", "a", LENGTH, T0 + 10_002)).as("the former holder is refused now").isFalse();
    }

    @Test
    void theHolderRenewsItForAsLongAsItAsks() {
        for (long t = T0; t < T0 + 60_000; t += 1_000) {
            assertThat(a.hold("watch", "a", LENGTH, t)).isTrue();
            assertThat(b.hold("watch", "b", LENGTH, t + 500)).isFalse();
        }
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        a.hold("watch", "a", LENGTH, T0);
        b.release("watch", "b");
        assertThat(b.hold("watch", "b", LENGTH, T0 + 1)).as("released only by its holder").isFalse();

        a.release("watch", "a");

        assertThat(b.hold("watch", "b", LENGTH, T0 + 2)).isTrue();
    }

    @Test
    void leasesAreHeldApart() {
        assertThat(a.hold("watch", "a", LENGTH, T0)).isTrue();
        assertThat(b.hold("retention", "b", LENGTH, T0)).isTrue();
    }

    @Test
    void ofManyServersAskingAtOnceForANewLeaseExactlyOneHoldsIt() throws Exception {
        int servers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(servers);
        try {
            List<Future<Boolean>> held = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                String server = "server-" + i;
                Leases leases = new Leases(database);
                Callable<Boolean> ask = () -> {
                    start.await();
                    return leases.hold("new", server, LENGTH, T0);
                };
                held.add(threads.submit(ask));
            }
            start.countDown();
            int holders = 0;
            for (Future<Boolean> answer : held) {
                holders += answer.get() ? 1 : 0;
            }
            assertThat(holders).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
