package io.interchange.platform.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts hops into one-minute buckets: received by sending client, consumed by consumer, and failures. */
final class MinuteCounts {

    private static final String FROM = "from ";

    private final Instant start;
    private final int minutes;
    private final Map<String, long[]> in = new TreeMap<>();
    private final Map<String, long[]> out = new TreeMap<>();
    private final long[] failures;

    MinuteCounts(Instant start, int minutes) {
        this.start = start;
        this.minutes = minutes;
        this.failures = new long[minutes];
    }

    void add(Hop hop, String actor, String detail, Instant at) {
        if (at.isBefore(start)) {
            return;
        }
        long minute = Duration.between(start, at).toMinutes();
        if (minute >= minutes) {
            return;
        }
        switch (hop) {
            case RECEIVED -> in.computeIfAbsent(sender(detail), s -> new long[minutes])[(int) minute]++;
            case CONSUMED -> out.computeIfAbsent(actor, s -> new long[minutes])[(int) minute]++;
            case FAILED -> failures[(int) minute]++;
            default -> { }
        }
    }

    /** The intake writes "from {client}" as the detail of a received event. */
    private static String sender(String detail) {
        return detail != null && detail.startsWith(FROM) ? detail.substring(FROM.length()) : "unknown";
    }

    ThroughputView view() {
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            starts.add(start.plus(Duration.ofMinutes(i)));
        }
        return new ThroughputView(starts, series(in), series(out), failures.clone());
    }

    private static List<ThroughputView.Series> series(Map<String, long[]> counts) {
        return counts.entrySet().stream().map(e -> new ThroughputView.Series(e.getKey(), e.getValue().clone())).toList();
    }
}
