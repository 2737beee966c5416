package io.interchange.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Shop orders placed in batches of five, one batch after another, on a thread of its own until
 * closed: the load a fault is injected into. Like a shop, it waits a second before sending more
 * after an answer that was not 202 (the intake's 503 says {@code Retry-After}). Keeps what the
 * intake accepted (202) and what it did not (its status, or -1 when the shop got no answer, e.g.
 * while the server was down).
 */
final class ContinuousLoad implements AutoCloseable {

    private final List<Simulators.PlacedOrder> accepted = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> refused = Collections.synchronizedList(new ArrayList<>());
    private final List<Simulators.PlacedOrder> refusedOrders = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    /** A shop's pace: a short pause between batches, and a longer one when told to come back later. */
    private static final Duration BATCH_PAUSE = Duration.ofMillis(20);
    private static final Duration TURNED_AWAY_PAUSE = Duration.ofSeconds(1);

    private ContinuousLoad(Simulators simulators, Duration batchEvery) {
        thread = new Thread(() -> {
            while (running) {
                long batchStarted = System.nanoTime();
                boolean turnedAway = false;
                try {
                    for (Simulators.PlacedOrder order : simulators.placeOrders(5)) {
                        if (order.intakeStatus() == 202) {
                            accepted.add(order);
                        } else {
                            refused.add(order.intakeStatus());
                            refusedOrders.add(order);
                            turnedAway = true;
                        }
                    }
                } catch (RuntimeException e) {
                    refused.add(-1);
                    turnedAway = true;
                }
                Duration sinceBatchStarted = Duration.ofNanos(System.nanoTime() - batchStarted);
                pause(turnedAway ? TURNED_AWAY_PAUSE
                        : batchEvery == null ? BATCH_PAUSE : batchEvery.minus(sinceBatchStarted));
            }
        }, "continuous-load");
        thread.start();
    }

    private void pause(Duration pause) {
        if (pause.isNegative() || pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    static ContinuousLoad start(Simulators simulators) {
        return new ContinuousLoad(simulators, null);
    }

    /**
     * A steady load: a batch of five every {@code batchEvery} (when the intake answers in time),
     * instead of as fast as the intake answers, which changes as the server warms up.
     */
    static ContinuousLoad steady(Simulators simulators, Duration batchEvery) {
        return new ContinuousLoad(simulators, batchEvery);
    }

    /** Waits until {@code more} orders beyond those accepted so far are accepted: the load is flowing. */
    void awaitAccepted(int more) {
        int target = accepted.size() + more;
        await().atMost(Duration.ofSeconds(120)).until(() -> accepted.size() >= target);
    }

    List<Simulators.PlacedOrder> accepted() {
        return List.copyOf(accepted);
    }

    List<Integer> refused() {
        return List.copyOf(refused);
    }

    /** Orders whose first send was not accepted; the shop sends them again (it retries 5xx and 429). */
    List<Simulators.PlacedOrder> refusedOrders() {
        return List.copyOf(refusedOrders);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
