package io.interchange.platform.systems;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Consecutive failures per system, in memory: a success resets them, and the failure that
 * reaches the threshold (exactly that one, so the breaker opens once) says so.
 */
public class BreakerCount {

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    /** @return true if this failure is the one that reaches {@code threshold} */
    public boolean failed(String system, int threshold) {
        return failures.computeIfAbsent(system, s -> new AtomicInteger()).incrementAndGet() == threshold;
    }

    public void succeeded(String system) {
        AtomicInteger count = failures.get(system);
        if (count != null && count.get() != 0) {
            count.set(0);
        }
    }

    public int count(String system) {
        AtomicInteger count = failures.get(system);
        return count == null ? 0 : count.get();
    }
}
