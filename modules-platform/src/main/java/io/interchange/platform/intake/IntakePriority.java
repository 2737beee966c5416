package io.interchange.platform.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An attempt at giving the intake a share of the CPU the consumers cannot take: while any intake
 * request is being answered on this server, a consumer about to start a delivery waits, at most
 * {@code interchange.intake.priority-wait-ms} per delivery, so a steady stream of webhooks slows the
 * pipeline but cannot stop it. Off by default (0): on the benchmark it made the intake's answers
 * slower, not faster (docs/benchmarks.md), so the CPU is not what the intake waits for there.
 * Thread priorities would not do: the JVM ignores them on Linux.
 */
@ApplicationScoped
public class IntakePriority {

    private final AtomicInteger answering = new AtomicInteger();
    /** Signalled when the last answer in progress is given: waiting consumers sleep, they do not poll. */
    private final Object idle = new Object();

    @Inject
    @ConfigProperty(name = "interchange.intake.priority-wait-ms", defaultValue = "0")
    long maxWaitMs;

    public IntakePriority() {
    }

    IntakePriority(long maxWaitMs) {
        this.maxWaitMs = maxWaitMs;
    }

    /** An intake request starts; pair with {@link #answered()} in a finally block. */
    public void answering() {
        answering.incrementAndGet();
    }

    public void answered() {
        if (answering.decrementAndGet() <= 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /**
     * Waits while the intake is answering, up to the limit.
     *
     * @return how long this consumer gave way
     */
    public Duration giveWay() {
        if (maxWaitMs <= 0 || answering.get() <= 0) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        long deadline = start + Duration.ofMillis(maxWaitMs).toNanos();
        synchronized (idle) {
            long left;
            while (answering.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
