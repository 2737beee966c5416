package io.interchange.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Named leases in {@code CLUSTER_LEASE}: work only one server may do at a time is done by the server
 * holding its lease, which renews it more often than it expires; a server that stops renewing (stopped,
 * killed, cut off from the database) loses it to another once it has expired. Times are the callers'
 * clocks in epoch milliseconds: the servers' clocks must agree far better than a lease's length.
 */
public final class Leases {

    private static final String RENEW_OR_TAKE = "UPDATE CLUSTER_LEASE SET HOLDER = ?, EXPIRES_AT = ?"
            + " WHERE NAME = ? AND (HOLDER = ? OR EXPIRES_AT < ?)";
    private static final String CREATE = "INSERT INTO CLUSTER_LEASE (NAME, HOLDER, EXPIRES_AT)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM CLUSTER_LEASE WHERE NAME = ?)";
    private static final String RELEASE = "UPDATE CLUSTER_LEASE SET EXPIRES_AT = 0 WHERE NAME = ? AND HOLDER = ?";

    private final DataSource database;

    public Leases(DataSource database) {
        this.database = database;
    }

    /**
     * Takes the lease, or renews it, for {@code length} from {@code nowMillis}: atomically, so of two
     * servers asking at once at most one holds it.
     *
     * @return whether {@code holder} holds the lease now
     */
    public boolean hold(String lease, String holder, Duration length, long nowMillis) {
        long expires = nowMillis + length.toMillis();
        try (Connection connection = Jdbc.open(database)) {
            try (PreparedStatement update = connection.prepareStatement(RENEW_OR_TAKE)) {
                update.setString(1, holder);
                update.setLong(2, expires);
                update.setString(3, lease);
                update.setString(4, holder);
                update.setLong(5, nowMillis);
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            return create(connection, lease, holder, expires);
        } catch (SQLException e) {
            throw new SharedStateException("the lease " + lease + " could not be held", e);
        }
    }

    /** The first time a lease is asked for, it has no row yet: the first server to insert it holds it. */
    private static boolean create(Connection connection, String lease, String holder, long expires) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
            insert.setString(1, lease);
            insert.setString(2, holder);
            insert.setLong(3, expires);
            insert.setString(4, lease);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Jdbc.duplicateKey(e)) {
                return false; // another server inserted it at the same moment: it holds it
            }
            throw e;
        }
    }

    /** Lets the lease go at once, if {@code holder} holds it: another server need not wait for it to expire. */
    public void release(String lease, String holder) {
        try (Connection connection = Jdbc.open(database);
                PreparedStatement update = connection.prepareStatement(RELEASE)) {
            update.setString(1, lease);
            update.setString(2, holder);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new SharedStateException("the lease " + lease + " could not be released", e);
        }
    }
}
