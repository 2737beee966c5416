package io.interchange.platform.retention;

import java.time.Instant;
import java.util.Map;

/**
 * What the last retention run removed, by kind ("journal", "ledger", …), and what all runs since
 * the application started removed; {@code at} is null before the first run.
 */
public record SweepReport(Instant at, Map<String, Long> removed, Map<String, Long> removedSinceStart) {

    static final SweepReport NONE = new SweepReport(null, Map.of(), Map.of());
}
