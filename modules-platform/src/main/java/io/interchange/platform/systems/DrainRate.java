package io.interchange.platform.systems;

import java.time.Duration;

/** How many parked messages one drain tick sends, and how long a backlog takes to drain. */
public record DrainRate(int perSecond) {

    public DrainRate {
        perSecond = Math.max(1, perSecond);
    }

    /** Messages per tick of {@code tick}: the rate spread over the tick, at least one. */
    public int batch(Duration tick) {
        return (int) Math.max(1, Math.round(perSecond * tick.toMillis() / 1000.0));
    }

    public Duration timeToDrain(long parked) {
        return Duration.ofMillis((long) Math.ceil(parked * 1000.0 / perSecond));
    }
}
