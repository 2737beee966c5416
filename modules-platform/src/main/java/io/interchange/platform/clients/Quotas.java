package io.interchange.platform.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Per-system request quotas: {@code interchange.client.<name>.quota-per-second} events per
 * second with bursts up to {@code quota-burst} (default: one second's worth); absent means
 * unlimited. Over quota the intake answers 429 with {@code Retry-After}. Per server: a
 * cluster of servers shares them through the data grid once it runs clustered.
 */
@ApplicationScoped
public class Quotas {

    @Inject
    Config config;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /**
     * Takes {@code events} from the system's quota.
     *
     * @return 0 when granted, else the seconds after which the sender should try again
     */
    public long take(String system, int events) {
        TokenBucket bucket = buckets.computeIfAbsent(system, this::bucketOf);
        return bucket == TokenBucket.UNLIMITED ? 0 : bucket.take(events, System.nanoTime());
    }

    private TokenBucket bucketOf(String system) {
        return config.getOptionalValue("interchange.client." + system + ".quota-per-second", Double.class)
                .map(rate -> new TokenBucket(rate, config.getOptionalValue("interchange.client." + system
                        + ".quota-burst", Double.class).orElse(Math.max(1, rate)), System.nanoTime()))
                .orElse(TokenBucket.UNLIMITED);
    }
}
