package io.interchange.platform.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.NamedParameters;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.catalog.SqlStatement;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.mapping.Mapping;
import io.interchange.platform.mapping.MappingFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies one database operation to one message: every statement, with its parameters bound from
 * the message's mappings, in one local transaction of the system's database. With the ledger
 * (the default) that transaction first inserts the message's id into the system's ledger table:
 * a message applied before (a redelivery after a crash, a retry whose answer was lost) finds its
 * id there and changes nothing, so each message takes effect exactly once.
 */
@ApplicationScoped
public class DatabaseOperation {

    /** What applying did. */
    public record Applied(int rowsAffected, boolean alreadyApplied) {
    }

    /** A statement with its values, ready to run. */
    private record Bound(NamedParameters sql, List<JsonNode> values) {
    }

    @Inject
    DatabasePools pools;

    /** The pools whose ledger table is known to exist, by system; made again with the pool. */
    private final Set<String> ledgersChecked = ConcurrentHashMap.newKeySet();

    /**
     * @param standard the standard message ({@code id, type, source, data, …}) the mappings read
     * @throws PermanentFailure a mapping that fails, or an error the same statement would meet again
     * @throws io.interchange.platform.delivery.TransientFailure the database away, slow or in a conflict
     */
    public Applied apply(SystemDescription system, Operation operation, String messageId, JsonNode standard) {
        List<Bound> statements = bind(system, operation, standard);
        String what = "SQL " + system.system() + "/" + operation.name();
        try (Connection connection = pools.connection(system)) {
            if (operation.sql().ledger()) {
                ensureLedger(system, connection);
            }
            connection.setAutoCommit(false);
            try {
                if (operation.sql().ledger() && !recordInLedger(system, connection, messageId, operation.name())) {
                    connection.rollback();
                    return new Applied(0, true);
                }
                int rows = 0;
                for (Bound statement : statements) {
                    rows += run(system, connection, statement);
                }
                connection.commit();
                return new Applied(rows, false);
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlFailures.of(system.system(), what, e);
        }
    }

    /** Every statement's values, before the database is touched: a mapping that fails sends nothing. */
    private static List<Bound> bind(SystemDescription system, Operation operation, JsonNode standard) {
        List<Bound> bound = new ArrayList<>();
        try {
            for (SqlStatement statement : operation.sql().statements()) {
                NamedParameters sql = NamedParameters.parse(statement.sql());
                for (JsonNode input : inputs(statement, standard)) {
                    List<JsonNode> values = new ArrayList<>();
                    for (String name : sql.names()) {
                        Mapping mapping = statement.parameters().get(name);
                        values.add(mapping.evaluate(input));
                    }
                    bound.add(new Bound(sql, values));
                }
            }
        } catch (MappingFailure e) {
            throw new PermanentFailure(system.system(), e.getMessage());
        }
        return bound;
    }

    /** The message once, or once per element its {@code forEach} gives, with {@code item} and {@code index}. */
    private static List<JsonNode> inputs(SqlStatement statement, JsonNode standard) {
        if (statement.forEach() == null) {
            return List.of(standard);
        }
        JsonNode each = statement.forEach().evaluate(standard);
        List<JsonNode> inputs = new ArrayList<>();
        if (each.isMissingNode() || each.isNull()) {
            return inputs;
        }
        List<JsonNode> items = new ArrayList<>();
        if (each.isArray()) {
            each.forEach(items::add);
        } else {
            items.add(each);
        }
        for (int i = 0; i < items.size(); i++) {
            ObjectNode input = standard.deepCopy();
            input.set("item", items.get(i));
            input.set("index", IntNode.valueOf(i));
            inputs.add(input);
        }
        return inputs;
    }

    private static int run(SystemDescription system, Connection connection, Bound statement) throws SQLException {
        String text = statement.sql().jdbc();
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        boolean call = start.startsWith("{") || start.startsWith("call ");
        try (PreparedStatement prepared = call ? connection.prepareCall(text) : connection.prepareStatement(text)) {
            prepared.setQueryTimeout((int) Math.max(1, system.database().queryTimeout().toSeconds()));
            for (int i = 0; i < statement.values().size(); i++) {
                SqlValues.bind(prepared, i + 1, statement.values().get(i));
            }
            if (prepared instanceof CallableStatement) {
                prepared.execute();
                return Math.max(0, prepared.getUpdateCount());
            }
            return Math.max(0, prepared.executeUpdate());
        }
    }

    private void ensureLedger(SystemDescription system, Connection connection) throws SQLException {
        String key = system.system() + "|" + system.database();
        if (ledgersChecked.contains(key)) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + system.database().ledgerTable()
                    + " (MESSAGE_ID VARCHAR(200) PRIMARY KEY, OPERATION VARCHAR(200) NOT NULL,"
                    + " APPLIED_AT TIMESTAMP NOT NULL)");
        }
        ledgersChecked.add(key);
    }

    /** False when the message is in the ledger already (this insert waits for, then loses to, a concurrent one). */
    private static boolean recordInLedger(SystemDescription system, Connection connection, String messageId,
            String operation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + system.database().ledgerTable()
                + " (MESSAGE_ID, OPERATION, APPLIED_AT) VALUES (?, ?, ?)")) {
            insert.setQueryTimeout((int) Math.max(1, system.database().queryTimeout().toSeconds()));
            insert.setString(1, messageId);
            insert.setString(2, operation);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(SqlFailures.state(e))) {
                return false;
            }
            throw e;
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; its transaction with it
        }
    }
}
