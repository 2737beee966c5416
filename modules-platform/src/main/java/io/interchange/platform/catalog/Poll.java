package io.interchange.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.interchange.platform.mapping.Mapping;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How Interchange reads a database system's changes: a query run every {@code every}, at most
 * {@code batchSize} rows at a time, each row turned into one event.
 *
 * @param watermarkColumn the monotonic column whose last value read Interchange keeps and binds
 *                        as {@code :watermark}; null when rows are marked instead
 * @param initialWatermark what {@code :watermark} is before the first row
 * @param watermarkKey    with a watermark column that is not unique (a timestamp): the row's key,
 *                        whose last value is kept beside it and bound as {@code :watermarkKey}, so
 *                        that rows of the same instant split across batches are read once each;
 *                        null: the watermark column alone
 * @param initialKey      what {@code :watermarkKey} is before the first row
 * @param mark            run for each row once its event is accepted (its {@code :COLUMN}s bound
 *                        from the row), e.g. setting a status column; null with a watermark
 */
public record Poll(Duration every, int batchSize, String query, String watermarkColumn, JsonNode initialWatermark,
        String watermarkKey, JsonNode initialKey, SqlStatement mark, Event event) {

    public static final String WATERMARK = "watermark";
    public static final String WATERMARK_KEY = "watermarkKey";

    /**
     * The query's parameters at a position.
     *
     * @param position what {@link #positionAfter} gave for the last row read; null before the first row
     */
    public Map<String, JsonNode> parameters(JsonNode position) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        if (position == null || position.isNull()) {
            parameters.put(WATERMARK, orNull(initialWatermark));
            parameters.put(WATERMARK_KEY, orNull(initialKey));
        } else if (watermarkKey != null && position.isArray() && position.size() == 2) {
            parameters.put(WATERMARK, position.get(0));
            parameters.put(WATERMARK_KEY, position.get(1));
        } else {
            parameters.put(WATERMARK, position);
            parameters.put(WATERMARK_KEY, NullNode.getInstance());
        }
        return parameters;
    }

    /**
     * Where the poll stands after this row: its watermark column's value, or with a key the pair
     * {@code [value, key]}.
     *
     * @throws IllegalArgumentException the row lacks the watermark's columns (the query does not select them)
     */
    public JsonNode positionAfter(JsonNode row) {
        JsonNode value = column(row, watermarkColumn);
        if (watermarkKey == null) {
            return value;
        }
        return JsonNodeFactory.instance.arrayNode().add(value).add(column(row, watermarkKey));
    }

    private static JsonNode column(JsonNode row, String column) {
        JsonNode value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("the poll query gives no column " + column + " (its watermark); it gives "
                    + String.join(", ", (Iterable<String>) row::fieldNames));
        }
        return value;
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null ? NullNode.getInstance() : value;
    }

    /**
     * The event a row becomes; each mapping is evaluated on the row, an object of its columns.
     *
     * @param source the events' CloudEvents source
     * @param subject null: none
     */
    public record Event(String type, String source, Mapping id, Mapping subject, Mapping data) {
    }
}
