package io.interchange.platform.clients;

/** A token bucket: {@code rate} tokens per second, holding at most {@code capacity}. Thread-safe. */
final class TokenBucket {

    private final double rate;
    private final double capacity;
    private double tokens;
    private long updatedNanos;

    TokenBucket(double rate, double capacity, long nowNanos) {
        this.rate = rate;
        this.capacity = capacity;
        this.tokens = capacity;
        this.updatedNanos = nowNanos;
    }

    double capacity() {
        return capacity;
    }

    /** @return 0 when granted, else whole seconds until enough tokens will be there (at least 1) */
    synchronized long take(int wanted, long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) / 1e9 * rate);
        updatedNanos = nowNanos;
        if (tokens >= wanted) {
            tokens -= wanted;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((wanted - tokens) / rate));
    }
}
