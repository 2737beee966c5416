package io.interchange.platform.catalog;

import java.time.Duration;
import java.util.function.Function;

/**
 * How to reach a system of kind {@code database}: through its own database, with a pool of
 * Interchange's that holds at most {@code poolSize} connections.
 *
 * @param jdbcUrl     a JDBC URL, or {@code ${config.key:default}} followed by the rest of one
 * @param driverClass the JDBC driver's class, or null to take it from the URL (H2 and PostgreSQL
 *                    ship with the platform; another driver's jar goes into the domain's lib folder)
 * @param ledgerTable the table in the system's database where Interchange notes each message it
 *                    applied, in the same local transaction as its statements
 */
public record Database(String jdbcUrl, String driverClass, String user, SecretReference password, int poolSize,
        Duration loginTimeout, Duration queryTimeout, String ledgerTable) {

    public static final String DEFAULT_LEDGER_TABLE = "INTERCHANGE_APPLIED";

    /** @throws IllegalStateException when the URL needs a configuration value that has none */
    public String jdbcUrl(Function<String, String> config) {
        return Connection.resolve(jdbcUrl, config, "the JDBC URL");
    }

    /** The driver to load: the one named, else the one its URL says. */
    public String driver(String resolvedUrl) {
        if (driverClass != null && !driverClass.isBlank()) {
            return driverClass;
        }
        if (resolvedUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (resolvedUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        return null;
    }
}
