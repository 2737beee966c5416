package io.interchange.platform.clients;

import io.interchange.platform.cluster.SharedTokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Per-system request quotas, on for every key: {@code interchange.client.<name>.quota-per-second}
 * events per second with bursts up to {@code quota-burst}; a system without its own gets
 * {@code interchange.quota.default-per-second} (50) and {@code default-burst} (100). Over quota
 * the intake answers 429 with {@code Retry-After}; a batch larger than the burst could never be
 * granted, so it is answered 413 instead. A quota is the cluster's: every server takes from the same
 * bucket in the database ({@link SharedTokenBuckets}). While the database cannot be asked, a request is
 * let through: nothing can be stored then anyway, and the intake says so (503) instead of a quota.
 */
@ApplicationScoped
public class Quotas {

    static final double DEFAULT_PER_SECOND = 50;
    static final double DEFAULT_BURST = 100;
    private static final Logger LOG = Logger.getLogger(Quotas.class.getName());

    @Inject
    Config config;

    @Inject
    SharedTokenBuckets buckets;

    /** Whether the last take could not ask the database: said once, not on every request. */
    private volatile boolean unasked;

    /**
     * Takes {@code events} from the system's quota.
     *
     * @return 0 when granted, else the seconds after which the sender should try again
     */
    public long take(String system, int events) {
        Limit limit = limitOf(system);
        return take(system, limit.perSecond(), limit.burst(), events);
    }

    /**
     * Takes one call from a quota that is not a key's own event quota, e.g. a key's calls of one
     * catalog operation: {@code perSecond} with bursts of {@code burst}, as they are now.
     *
     * @return 0 when granted, else the seconds after which the caller should try again
     */
    public long take(String quota, double perSecond, double burst) {
        return take(quota, perSecond, burst, 1);
    }

    /** The most events one request of the system can ever be granted. */
    public long burst(String system) {
        return (long) Math.floor(limitOf(system).burst());
    }

    private long take(String quota, double perSecond, double burst, int wanted) {
        try {
            long wait = buckets.take(quota, perSecond, burst, wanted, System.currentTimeMillis());
            if (unasked) {
                unasked = false;
                LOG.info("quotas are counted again");
            }
            return wait;
        } catch (RuntimeException e) {
            if (!unasked) {
                unasked = true;
                LOG.log(Level.WARNING, "quotas cannot be counted (the database is away?); requests are let through", e);
            }
            return 0;
        }
    }

    private Limit limitOf(String system) {
        double defaultRate = setting("interchange.quota.default-per-second", DEFAULT_PER_SECOND);
        double defaultBurst = setting("interchange.quota.default-burst", DEFAULT_BURST);
        String own = "interchange.client." + system + ".quota-per-second";
        if (config.getOptionalValue(own, Double.class).isEmpty()) {
            return new Limit(defaultRate, defaultBurst);
        }
        double rate = setting(own, defaultRate);
        return new Limit(rate, setting("interchange.client." + system + ".quota-burst", Math.max(1, rate)));
    }

    private double setting(String name, double otherwise) {
        return config.getOptionalValue(name, Double.class).orElse(otherwise);
    }

    private record Limit(double perSecond, double burst) {
    }
}
