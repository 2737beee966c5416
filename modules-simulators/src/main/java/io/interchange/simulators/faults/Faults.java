package io.interchange.simulators.faults;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/** The faults currently set per system, and the decision for each API call. Thread-safe. */
@ApplicationScoped
public class Faults {

    private final Map<SimulatedSystem, FaultSettings> settings = new EnumMap<>(SimulatedSystem.class);
    private final Map<SimulatedSystem, Long> injected = new EnumMap<>(SimulatedSystem.class);
    private final RandomGenerator random;

    public Faults() {
        this(new Random());
    }

    Faults(RandomGenerator random) {
        this.random = random;
    }

    public synchronized FaultSettings settings(SimulatedSystem system) {
        return settings.getOrDefault(system, FaultSettings.NONE);
    }

    public synchronized void change(SimulatedSystem system, FaultSettings newSettings) {
        settings.put(system, newSettings);
    }

    public synchronized void clear() {
        settings.clear();
        injected.clear();
    }

    /** How many errors were injected into the system's API since the last reset. */
    public synchronized long injectedErrors(SimulatedSystem system) {
        return injected.getOrDefault(system, 0L);
    }

    /** Decides the fate of one API call of {@code system}: an error with probability {@code errorRate}. */
    public synchronized FaultDecision decide(SimulatedSystem system) {
        FaultSettings current = settings(system);
        boolean fails = current.errorRate() > 0.0 && random.nextDouble() < current.errorRate();
        if (fails) {
            injected.merge(system, 1L, Long::sum);
            return new FaultDecision(current.latencyMs(), current.errorStatus(),
                    current.retryAfterSent() ? current.retryAfterSeconds() : -1, 0);
        }
        return new FaultDecision(current.latencyMs(), 0, -1, current.slowButSucceedsMs());
    }

    void onReset(@Observes SimulatorReset reset) {
        clear();
    }
}
