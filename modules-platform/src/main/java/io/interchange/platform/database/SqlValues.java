package io.interchange.platform.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.temporal.TemporalAccessor;

/** JSON values as bound parameters, and rows as JSON objects keyed by their column labels. */
final class SqlValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SqlValues() {
    }

    /** Binds a mapping's result: text, number, boolean, null (or nothing) as such; an object or array as its JSON text. */
    static void bind(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value == null || value.isMissingNode() || value.isNull()) {
            statement.setNull(index, Types.NULL);
        } else if (value.isTextual()) {
            statement.setString(index, value.textValue());
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            statement.setLong(index, value.longValue());
        } else if (value.isNumber()) {
            statement.setBigDecimal(index, value.decimalValue());
        } else if (value.isBoolean()) {
            statement.setBoolean(index, value.booleanValue());
        } else {
            statement.setString(index, value.toString());
        }
    }

    /**
     * Binds a poll's watermark: as {@link #bind}, except that an ISO instant (what {@link #json} makes
     * of a timestamp column) is bound as a timestamp again, so that a database that does not compare a
     * timestamp with text (PostgreSQL) takes it.
     */
    static void bindPosition(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value != null && value.isTextual() && INSTANT.matcher(value.textValue()).matches()) {
            try {
                statement.setTimestamp(index, java.sql.Timestamp.from(java.time.Instant.parse(value.textValue())));
                return;
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                // bound as the text it is
            }
        }
        bind(statement, index, value);
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

    static ObjectNode row(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        ObjectNode row = NODES.objectNode();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            row.set(meta.getColumnLabel(column), json(rows.getObject(column)));
        }
        return row;
    }

    static JsonNode json(Object value) throws SQLException {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return NODES.textNode(timestamp.toInstant().toString());
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Clob clob) {
            return NODES.textNode(clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length())));
        }
        if (value instanceof byte[] bytes) {
            return NODES.textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return NODES.textNode(value.toString());
    }
}
