package io.interchange.platform.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.NamedParameters;
import io.interchange.platform.catalog.Poll;
import io.interchange.platform.catalog.SystemDescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a database system's poll query gives now, and the marking of rows read (when the poll
 * marks rather than keeps a watermark). Read with auto-commit: the query never holds locks in
 * the system's database while Interchange records what it read.
 */
@ApplicationScoped
public class PolledRows {

    @Inject
    DatabasePools pools;

    /**
     * At most the poll's batch of rows, each an object of its columns by label.
     *
     * @param parameters {@code :watermark} and {@code :watermarkKey} ({@link Poll#parameters}); a
     *                   watermark that is an ISO instant (a timestamp column read before) is bound as
     *                   a timestamp
     * @throws SQLException the database away, or a query it cannot run (see {@link SqlFailures})
     */
    public List<ObjectNode> read(SystemDescription system, Map<String, JsonNode> parameters) throws SQLException {
        return read(system, parameters, system.inbound().poll().batchSize());
    }

    /** Runs the poll query for one row: the probe of a polled system, which must be able to poll. */
    public void tryQuery(SystemDescription system) throws SQLException {
        read(system, system.inbound().poll().parameters(null), 1);
    }

    private List<ObjectNode> read(SystemDescription system, Map<String, JsonNode> parameters, int limit)
            throws SQLException {
        Poll poll = system.inbound().poll();
        NamedParameters query = NamedParameters.parse(poll.query());
        try (Connection connection = pools.connection(system);
                PreparedStatement statement = connection.prepareStatement(query.jdbc())) {
            statement.setQueryTimeout(seconds(system));
            statement.setMaxRows(limit);
            statement.setFetchSize(Math.min(limit, 500));
            for (int i = 0; i < query.names().size(); i++) {
                SqlValues.bindPosition(statement, i + 1, parameters.get(query.names().get(i)));
            }
            List<ObjectNode> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next() && rows.size() < limit) {
                    rows.add(SqlValues.row(result));
                }
            }
            return rows;
        }
    }

    /** Runs the poll's mark statement for each row, its {@code :COLUMN}s bound from the row; one transaction. */
    public void mark(SystemDescription system, List<ObjectNode> rows) throws SQLException {
        if (rows.isEmpty() || system.inbound().poll().mark() == null) {
            return;
        }
        NamedParameters mark = NamedParameters.parse(system.inbound().poll().mark().sql());
        try (Connection connection = pools.connection(system)) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(mark.jdbc())) {
                statement.setQueryTimeout(seconds(system));
                for (ObjectNode row : rows) {
                    for (int i = 0; i < mark.names().size(); i++) {
                        SqlValues.bind(statement, i + 1, row.get(mark.names().get(i)));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Runs a probe query (e.g. {@code SELECT 1}). */
    public void probe(SystemDescription system, String query) throws SQLException {
        try (Connection connection = pools.connection(system);
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setQueryTimeout(seconds(system));
            statement.setMaxRows(1);
            statement.execute();
        }
    }

    private static int seconds(SystemDescription system) {
        return (int) Math.max(1, system.database().queryTimeout().toSeconds());
    }
}
