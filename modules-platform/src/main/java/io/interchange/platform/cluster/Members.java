package io.interchange.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The servers of the cluster and when each was last seen alive ({@code CLUSTER_MEMBER}): each records
 * itself while it runs, so the others can tell a server that is working from one that is gone and
 * take over what it left (its outbox rows).
 */
public final class Members {

    private static final String SEEN = "UPDATE CLUSTER_MEMBER SET SEEN_AT = ? WHERE SERVER_NAME = ?";
    private static final String JOIN = "INSERT INTO CLUSTER_MEMBER (SERVER_NAME, SEEN_AT)"
            + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM CLUSTER_MEMBER WHERE SERVER_NAME = ?)";
    private static final String PRESENT = "SELECT SERVER_NAME FROM CLUSTER_MEMBER WHERE SEEN_AT >= ?";
    private static final String FORGET = "DELETE FROM CLUSTER_MEMBER WHERE SEEN_AT < ?";

    private final DataSource database;

    public Members(DataSource database) {
        this.database = database;
    }

    /** Records that {@code server} is alive at {@code nowMillis}. */
    public void seen(String server, long nowMillis) {
        try (Connection connection = Jdbc.open(database)) {
            if (update(connection, server, nowMillis) == 0 && !join(connection, server, nowMillis)) {
                update(connection, server, nowMillis);
            }
        } catch (SQLException e) {
            throw new SharedStateException("server " + server + " could not be recorded as alive", e);
        }
    }

    /**
     * The servers seen within {@code within} before {@code nowMillis}. A server not among them is
     * gone, or never was: one absent for longer, and one whose row was forgotten, alike.
     */
    public Set<String> present(Duration within, long nowMillis) {
        Set<String> present = new HashSet<>();
        try (Connection connection = Jdbc.open(database);
                PreparedStatement query = connection.prepareStatement(PRESENT)) {
            query.setLong(1, nowMillis - within.toMillis());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                }
            }
            return present;
        } catch (SQLException e) {
            throw new SharedStateException("the servers alive could not be read", e);
        }
    }

    /**
     * Removes the servers not seen for {@code after}: a name is taken at every start by default, so
     * without this the table would keep one row per start.
     *
     * @return how many were removed
     */
    public int forget(Duration after, long nowMillis) {
        try (Connection connection = Jdbc.open(database);
                PreparedStatement delete = connection.prepareStatement(FORGET)) {
            delete.setLong(1, nowMillis - after.toMillis());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new SharedStateException("servers gone could not be forgotten", e);
        }
    }

    private static int update(Connection connection, String server, long nowMillis) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SEEN)) {
            update.setLong(1, nowMillis);
            update.setString(2, server);
            return update.executeUpdate();
        }
    }

    /** @return false if another connection inserted the server's row at the same moment */
    private static boolean join(Connection connection, String server, long nowMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(JOIN)) {
            insert.setString(1, server);
            insert.setLong(2, nowMillis);
            insert.setString(3, server);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Jdbc.duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
