package io.interchange.simulators.intake;

import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The most recent sends to the intake (at most {@value #KEPT}), for the admin API. */
@ApplicationScoped
public class IntakeSends {

    static final int KEPT = 10_000;

    private final Map<Long, IntakeSend> sends = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, IntakeSend> eldest) {
            return size() > KEPT;
        }
    };
    private long total;

    synchronized void record(IntakeSend send) {
        if (!sends.containsKey(send.sequence())) {
            total++;
        }
        sends.put(send.sequence(), send);
    }

    public synchronized List<IntakeSend> ofEvents(Collection<String> eventIds) {
        return sends.values().stream().filter(s -> eventIds.contains(s.eventId())).toList();
    }

    public synchronized List<IntakeSend> latest(int count) {
        List<IntakeSend> all = new ArrayList<>(sends.values());
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    /** Counts of the kept sends by last status: "202", "503", "error" (no answer), "pending". */
    public synchronized Map<String, Long> countsByOutcome() {
        Map<String, Long> counts = new TreeMap<>();
        for (IntakeSend send : sends.values()) {
            String key = send.status() != null ? send.status().toString() : send.error() != null ? "error" : "pending";
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }

    public synchronized long total() {
        return total;
    }

    synchronized void clear() {
        sends.clear();
        total = 0;
    }

    void onReset(@Observes SimulatorReset reset) {
        clear();
    }
}
