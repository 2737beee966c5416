package io.interchange.platform.journal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Per-minute counts of the last hour: {@code minutes} holds each bucket's start.
 *
 * @param eventsIn      events received, one series per sending client
 * @param deliveriesOut messages consumed, one series per consumer
 * @param failures      messages that failed for good
 */
public record ThroughputView(List<Instant> minutes, List<Series> eventsIn, List<Series> deliveriesOut,
        long[] failures) {

    public record Series(String name, long[] perMinute) {

        public long total() {
            return Arrays.stream(perMinute).sum();
        }
    }

    public long failuresTotal() {
        return Arrays.stream(failures).sum();
    }
}
