package io.interchange.platform.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Connections of the shared state: each statement commits on its own unless a caller says otherwise. */
final class Jdbc {

    private static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    /** A connection in autocommit: a pool need not hand it out so, and a statement must not wait for a commit. */
    static Connection open(DataSource database) throws SQLException {
        Connection connection = database.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Another server inserted the same row first (H2 and PostgreSQL say so alike). */
    static boolean duplicateKey(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }
}
