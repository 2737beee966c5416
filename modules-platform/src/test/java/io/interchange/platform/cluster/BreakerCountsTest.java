package io.interchange.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two servers (and then five threads), each with its own {@link BreakerCounts} on one database. */
class BreakerCountsTest {

    private final DataSource database = MigratedDatabase.fresh();
    private final BreakerCounts a = new BreakerCounts(database);
    private final BreakerCounts b = new BreakerCounts(database);

    @Test
    void theFailuresOfBothServersAddUp() {
        assertThat(a.failed("erp")).isEqualTo(1);
        assertThat(b.failed("erp")).isEqualTo(2);
        assertThat(a.failed("erp")).isEqualTo(3);
        assertThat(b.count("erp")).isEqualTo(3);
    }

    @Test
    void aSuccessOnEitherServerStartsTheCountAgain() {
        a.failed("erp");
        b.failed("erp");
        b.succeeded("erp");

        assertThat(a.count("erp")).isZero();
        assertThat(a.failed("erp")).isEqualTo(1);
    }

    @Test
    void systemsAreCountedApartAndAnUnknownOneIsAtZero() {
        a.failed("erp");
        assertThat(b.failed("ecp")).isEqualTo(1);
        assertThat(a.count("other")).isZero();
        a.succeeded("other");
        assertThat(a.count("other")).isZero();
    }

    @Test
    void failuresCountedAtOnceEachGetACountOfTheirOwnSoTheThresholdIsReachedOnce() throws Exception {
        int servers = 5;
        int failuresEach = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(servers);
        ConcurrentLinkedQueue<Integer> counts = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                BreakerCounts server = new BreakerCounts(database);
                done.add(threads.submit(() -> {
                    start.await();
                    for (int failure = 0; failure < failuresEach; failure++) {
                        counts.add(server.failed("erp"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(counts).as("every count from 1 to 100 exactly once: one failure reaches a threshold of 5")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, servers * failuresEach).boxed().toList());
        assertThat(a.count("erp")).isEqualTo(100);
    }
}
