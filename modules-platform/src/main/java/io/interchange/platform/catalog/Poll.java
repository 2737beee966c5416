package io.interchange.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.mapping.Mapping;
import java.time.Duration;

/**
 * How Interchange reads a database system's changes: a query run every {@code every}, at most
 * {@code batchSize} rows at a time, each row turned into one event.
 *
 * @param watermarkColumn the monotonic column whose last value read Interchange keeps and binds
 *                        as {@code :watermark}; null when rows are marked instead
 * @param initialWatermark what {@code :watermark} is before the first row
 * @param mark            run for each row once its event is accepted (its {@code :COLUMN}s bound
 *                        from the row), e.g. setting a status column; null with a watermark
 */
public record Poll(Duration every, int batchSize, String query, String watermarkColumn, JsonNode initialWatermark,
        SqlStatement mark, Event event) {

    /**
     * The event a row becomes; each mapping is evaluated on the row, an object of its columns.
     *
     * @param source the events' CloudEvents source
     * @param subject null: none
     */
    public record Event(String type, String source, Mapping id, Mapping subject, Mapping data) {
    }
}
