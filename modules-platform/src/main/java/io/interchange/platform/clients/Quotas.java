package io.interchange.platform.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Per-system request quotas, on for every key: {@code interchange.client.<name>.quota-per-second}
 * events per second with bursts up to {@code quota-burst}; a system without its own gets
 * {@code interchange.quota.default-per-second} (50) and {@code default-burst} (100). Over quota
 * the intake answers 429 with {@code Retry-After}; a batch larger than the burst could never be
 * granted, so it is answered 413 instead. Per server: a cluster of servers shares them through
 * the data grid once it runs clustered.
 */
@ApplicationScoped
public class Quotas {

    static final double DEFAULT_PER_SECOND = 50;
    static final double DEFAULT_BURST = 100;

    @Inject
    Config config;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /**
     * Takes {@code events} from the system's quota.
     *
     * @return 0 when granted, else the seconds after which the sender should try again
     */
    public long take(String system, int events) {
        return bucket(system).take(events, System.nanoTime());
    }

    /**
     * Takes one call from a quota that is not a key's own event quota, e.g. a key's calls of one
     * catalog operation: {@code perSecond} with bursts of {@code burst}. A changed rate starts a new bucket.
     *
     * @return 0 when granted, else the seconds after which the caller should try again
     */
    public long take(String quota, double perSecond, double burst) {
        String name = quota + "@" + perSecond + "/" + burst;
        return buckets.computeIfAbsent(name, n -> new TokenBucket(perSecond, burst, System.nanoTime()))
                .take(1, System.nanoTime());
    }

    /** The most events one request of the system can ever be granted. */
    public long burst(String system) {
        return (long) Math.floor(bucket(system).capacity());
    }

    private TokenBucket bucket(String system) {
        return buckets.computeIfAbsent(system, this::bucketOf);
    }

    private TokenBucket bucketOf(String system) {
        double defaultRate = setting("interchange.quota.default-per-second", DEFAULT_PER_SECOND);
        double defaultBurst = setting("interchange.quota.default-burst", DEFAULT_BURST);
        String own = "interchange.client." + system + ".quota-per-second";
        if (config.getOptionalValue(own, Double.class).isEmpty()) {
            return new TokenBucket(defaultRate, defaultBurst, System.nanoTime());
        }
        double rate = setting(own, defaultRate);
        return new TokenBucket(rate, setting("interchange.client." + system + ".quota-burst", Math.max(1, rate)),
                System.nanoTime());
    }

    private double setting(String name, double otherwise) {
        return config.getOptionalValue(name, Double.class).orElse(otherwise);
    }
}
