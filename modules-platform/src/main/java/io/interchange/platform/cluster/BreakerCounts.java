package io.interchange.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Consecutive failures per system, counted by every server together ({@code BREAKER_COUNT}): a success
 * anywhere resets them, and each failure gets a count of its own, so exactly one failure of the whole
 * cluster reaches the breaker's threshold.
 */
public final class BreakerCounts {

    private static final String COUNT = "UPDATE BREAKER_COUNT SET FAILURES = FAILURES + 1 WHERE SYSTEM_NAME = ?";
    private static final String READ = "SELECT FAILURES FROM BREAKER_COUNT WHERE SYSTEM_NAME = ?";
    private static final String CREATE = "INSERT INTO BREAKER_COUNT (SYSTEM_NAME, FAILURES)"
            + " SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM BREAKER_COUNT WHERE SYSTEM_NAME = ?)";
    /** Only where there is something to reset: a success, the common case, then locks no row. */
    private static final String RESET = "UPDATE BREAKER_COUNT SET FAILURES = 0 WHERE SYSTEM_NAME = ? AND FAILURES <> 0";

    private final DataSource database;

    public BreakerCounts(DataSource database) {
        this.database = database;
    }

    /**
     * Counts one more failure of {@code system}.
     *
     * @return the count with this failure: each caller of the cluster gets a value of its own
     */
    public int failed(String system) {
        try (Connection connection = Jdbc.open(database)) {
            OptionalInt counted = increment(connection, system);
            if (counted.isPresent()) {
                return counted.getAsInt();
            }
            create(connection, system);
            return increment(connection, system).orElseThrow(() -> new IllegalStateException(
                    "the breaker count of " + system + " was created but cannot be found"));
        } catch (SQLException e) {
            throw new SharedStateException("a failure of " + system + " could not be counted", e);
        }
    }

    /** Resets the count of {@code system}: it answered. */
    public void succeeded(String system) {
        try (Connection connection = Jdbc.open(database);
                PreparedStatement reset = connection.prepareStatement(RESET)) {
            reset.setString(1, system);
            reset.executeUpdate();
        } catch (SQLException e) {
            throw new SharedStateException("the breaker count of " + system + " could not be reset", e);
        }
    }

    public int count(String system) {
        try (Connection connection = Jdbc.open(database)) {
            return read(connection, system).orElse(0);
        } catch (SQLException e) {
            throw new SharedStateException("the breaker count of " + system + " could not be read", e);
        }
    }

    /**
     * The increment and the read of its result in one short transaction: the row stays locked from one
     * to the other, so no other failure's increment comes between.
     *
     * @return the new count, or empty when the system has no row yet
     */
    private static OptionalInt increment(Connection connection, String system) throws SQLException {
        connection.setAutoCommit(false);
        try {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(COUNT)) {
                update.setString(1, system);
                updated = update.executeUpdate();
            }
            OptionalInt counted = updated == 1 ? read(connection, system) : OptionalInt.empty();
            connection.commit();
            return counted;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static OptionalInt read(Connection connection, String system) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, system);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private static void create(Connection connection, String system) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
            insert.setString(1, system);
            insert.setString(2, system);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!Jdbc.duplicateKey(e)) {
                throw e;
            }
            // another server created it at the same moment: counted on theirs
        }
    }
}
