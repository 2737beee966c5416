package io.interchange.platform.database;

import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * What an SQL error means for a delivery, by its SQL state. The database away or too slow
 * (connection, timeout, resources, an administrator's shutdown) is retried later and counts for the
 * system's breaker, so a stopped database parks its messages. A deadlock or serialization failure is
 * retried later as well but says nothing about the system's health. Everything about the message or
 * the statement itself (constraint, data, syntax, rights) is permanent: to the errors queue with the
 * state and the database's message, for the operator to fix.
 */
public final class SqlFailures {

    /** H2's own states for a connection that broke or could not be made, and its lock and statement timeouts. */
    private static final Set<String> H2_UNAVAILABLE = Set.of("90067", "90028", "90020", "90013", "HYT00", "HYT01", "57014");
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "55P03");

    private SqlFailures() {
    }

    public enum Meaning {
        /** Retry later and count it for the breaker: the database is away, refusing or too slow. */
        UNAVAILABLE,
        /** Retry later, the database is well: a deadlock, a serialization failure, a lock not granted. */
        CONFLICT,
        /** The same statement would fail again. */
        PERMANENT
    }

    public static Meaning meaning(SQLException e) {
        String state = state(e);
        if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException
                || e instanceof SQLTimeoutException || state.startsWith("08") || state.startsWith("53")
                || state.startsWith("57") || state.startsWith("28") || H2_UNAVAILABLE.contains(state)) {
            return Meaning.UNAVAILABLE;
        }
        if (state.startsWith("40") || CONFLICTS.contains(state)) {
            return Meaning.CONFLICT;
        }
        if (state.startsWith("2") || state.startsWith("42") || state.startsWith("44") || state.startsWith("0A")
                || state.startsWith("3") || state.startsWith("90") || state.startsWith("HY")) {
            return Meaning.PERMANENT;
        }
        return Meaning.CONFLICT;
    }

    /** The failure a delivery throws for {@code e}, naming what was done, the SQL state and the database's message. */
    public static RuntimeException of(String system, String what, SQLException e) {
        String reason = what + " failed: SQL state " + state(e) + ": " + firstLine(e.getMessage());
        return switch (meaning(e)) {
            case UNAVAILABLE -> new TransientFailure(system, reason, null, e, true);
            case CONFLICT -> new TransientFailure(system, reason, null, e, false);
            case PERMANENT -> new PermanentFailure(system, reason);
        };
    }

    /** The state of the error, or of the first cause that has one (a pool wraps the driver's). */
    static String state(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).replaceFirst(";? ?SQL statement:\\s*$", "");
        return line.length() <= 500 ? line : line.substring(0, 500) + "…";
    }
}
