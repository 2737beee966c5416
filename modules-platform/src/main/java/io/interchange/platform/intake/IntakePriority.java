package io.interchange.platform.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The intake's share of the CPU: a sender waiting for its answer (a shop's webhook with a timeout)
 * goes before the consumers. While any intake request is being answered on this server, a consumer
 * about to start a delivery waits, at most {@code interchange.intake.priority-wait-ms} (100) per
 * delivery, so a steady stream of webhooks slows the pipeline but cannot stop it; 0 turns it off.
 * Thread priorities would not do: the JVM ignores them on Linux.
 */
@ApplicationScoped
public class IntakePriority {

    private static final long STEP_NANOS = Duration.ofMillis(1).toNanos();

    private final AtomicInteger answering = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "interchange.intake.priority-wait-ms", defaultValue = "100")
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
        answering.decrementAndGet();
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
        while (answering.get() > 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(STEP_NANOS);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
