package io.interchange.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * Removes what is older than the {@link RetentionPolicy} allows, batch after batch with a short
 * pause between them, for at most {@link #BUDGET} per kind and run; what is left waits for the next
 * run. Run by the platform runtime's schedule (every ten seconds), on every server: two servers sweeping
 * at once remove the same old rows, which is harmless.
 */
@ApplicationScoped
public class Retention {

    static final Duration BUDGET = Duration.ofSeconds(20);
    private static final Duration PAUSE = Duration.ofMillis(20);
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    RetentionPolicy policy;

    @Inject
    Sweep sweep;

    private final Map<String, Long> sinceStart = new ConcurrentHashMap<>();
    private volatile SweepReport last = SweepReport.NONE;

    /** One run over every kind; returns (and keeps, for the storage view) how many rows each lost. */
    public SweepReport sweep() {
        if (!policy.enabled()) {
            return last;
        }
        Instant now = Instant.now();
        int batch = policy.batchSize();
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("journal", drain(sweep::journal, now.minus(policy.journal()), batch));
        removed.put("inbound-events", drain(sweep::inboundEvents, now.minus(policy.inboundEvents()), batch));
        removed.put("ledger", drain(sweep::ledger, now.minus(policy.ledger()), batch));
        removed.put("closed-failures", drain(sweep::closedFailures, now.minus(policy.closedFailures()), batch));
        removed.put("resolved-alerts", drain(sweep::resolvedAlerts, now.minus(policy.resolvedAlerts()), batch));
        removed.forEach((kind, count) -> sinceStart.merge(kind, count, Long::sum));
        last = new SweepReport(now, Map.copyOf(removed), Map.copyOf(sinceStart));
        if (removed.values().stream().anyMatch(count -> count > 0)) {
            LOG.info(() -> "retention removed " + removed);
        }
        return last;
    }

    public SweepReport last() {
        return last;
    }

    private static long drain(BiFunction<Instant, Integer, Integer> batchOf, Instant cutoff, int batch) {
        Instant until = Instant.now().plus(BUDGET);
        long total = 0;
        int removed;
        do {
            removed = batchOf.apply(cutoff, batch);
            total += removed;
            if (removed == batch) {
                pause();
            }
        } while (removed == batch && Instant.now().isBefore(until) && !Thread.currentThread().isInterrupted());
        return total;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
