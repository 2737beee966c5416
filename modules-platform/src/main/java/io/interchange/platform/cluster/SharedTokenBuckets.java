package io.interchange.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Token buckets every server takes from ({@code QUOTA_BUCKET}): {@code ratePerSecond} tokens a second,
 * at most {@code capacity}, so a quota is the cluster's, not each server's. The refill and the take are
 * one statement, atomic under concurrent takes of any server. Rate and capacity are the caller's on
 * each take, so a changed setting counts at once; a bucket's name holds at most 300 characters.
 */
public final class SharedTokenBuckets {

    /** The tokens there at ?now: what is left plus the refill since the last take, at most the capacity. */
    private static final String AVAILABLE = "LEAST(CAST(? AS DOUBLE PRECISION), TOKENS"
            + " + GREATEST(0, CAST(? AS BIGINT) - UPDATED_MS) * CAST(? AS DOUBLE PRECISION) / 1000.0)";
    private static final String TAKE = "UPDATE QUOTA_BUCKET SET TOKENS = " + AVAILABLE + " - CAST(? AS INTEGER),"
            + " UPDATED_MS = GREATEST(UPDATED_MS, CAST(? AS BIGINT))"
            + " WHERE NAME = ? AND " + AVAILABLE + " >= CAST(? AS INTEGER)";
    private static final String READ = "SELECT TOKENS, UPDATED_MS FROM QUOTA_BUCKET WHERE NAME = ?";
    private static final String CREATE = "INSERT INTO QUOTA_BUCKET (NAME, TOKENS, UPDATED_MS)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM QUOTA_BUCKET WHERE NAME = ?)";
    /** A take refused for a race (the bucket created or changed meanwhile) is tried again, this often. */
    private static final int TRIES = 3;

    private final DataSource database;

    public SharedTokenBuckets(DataSource database) {
        this.database = database;
    }

    /**
     * Takes {@code wanted} tokens from the bucket {@code name}, a new bucket starting full.
     *
     * @return 0 when granted, else the whole seconds (at least 1) until enough tokens will be there
     */
    public long take(String name, double ratePerSecond, double capacity, int wanted, long nowMillis) {
        try (Connection connection = Jdbc.open(database)) {
            for (int tried = 0; tried < TRIES; tried++) {
                if (taken(connection, name, ratePerSecond, capacity, wanted, nowMillis)) {
                    return 0;
                }
                Optional<Bucket> bucket = read(connection, name);
                if (bucket.isEmpty()) {
                    create(connection, name, capacity, nowMillis);
                    continue;
                }
                long wait = bucket.get().secondsUntil(wanted, ratePerSecond, capacity, nowMillis);
                if (wait > 0) {
                    return wait;
                }
            }
            return 1;
        } catch (SQLException e) {
            throw new SharedStateException("the quota " + name + " could not be taken from", e);
        }
    }

    private static boolean taken(Connection connection, String name, double rate, double capacity, int wanted,
            long nowMillis) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setDouble(1, capacity);
            take.setLong(2, nowMillis);
            take.setDouble(3, rate);
            take.setInt(4, wanted);
            take.setLong(5, nowMillis);
            take.setString(6, name);
            take.setDouble(7, capacity);
            take.setLong(8, nowMillis);
            take.setDouble(9, rate);
            take.setInt(10, wanted);
            return take.executeUpdate() == 1;
        }
    }

    private static Optional<Bucket> read(Connection connection, String name) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, name);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(new Bucket(row.getDouble(1), row.getLong(2))) : Optional.empty();
            }
        }
    }

    private static void create(Connection connection, String name, double capacity, long nowMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
            insert.setString(1, name);
            insert.setDouble(2, capacity);
            insert.setLong(3, nowMillis);
            insert.setString(4, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!Jdbc.duplicateKey(e)) {
                throw e;
            }
            // another server created it at the same moment: take from theirs
        }
    }

    private record Bucket(double tokens, long updatedMs) {

        /** 0 if enough tokens are there at {@code nowMillis}; as the statement computes them. */
        long secondsUntil(int wanted, double rate, double capacity, long nowMillis) {
            double available = Math.min(capacity, tokens + Math.max(0, nowMillis - updatedMs) * rate / 1000.0);
            return available >= wanted ? 0 : Math.max(1, (long) Math.ceil((wanted - available) / rate));
        }
    }
}
