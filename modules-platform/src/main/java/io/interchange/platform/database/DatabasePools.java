package io.interchange.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.interchange.platform.catalog.Database;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.delivery.PermanentFailure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * One bounded connection pool per database system, made on first use and made again when the
 * system's catalog file changes how to reach it, closed when the system leaves the catalog; all
 * closed with the application. Idle
 * connections are let go, so a legacy database is not held open by a quiet system.
 */
@ApplicationScoped
public class DatabasePools {

    private static final Logger LOG = Logger.getLogger(DatabasePools.class.getName());

    private record Pool(Database database, HikariDataSource source) {
    }

    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    @Inject
    Config config;

    /**
     * A connection of the system's pool, auto-commit on.
     *
     * @throws SQLException none free within the login timeout, or the database refused
     * @throws PermanentFailure the catalog's URL or password needs a configuration value that has none
     */
    public Connection connection(SystemDescription system) throws SQLException {
        Pool pool = pools.compute(system.system(), (name, existing) -> {
            if (existing != null && existing.database().equals(system.database())) {
                return existing;
            }
            if (existing != null) {
                LOG.info(() -> "the catalog changed how to reach " + name + "; its connection pool is made again");
                existing.source().close();
            }
            return new Pool(system.database(), open(system));
        });
        return pool.source().getConnection();
    }

    private HikariDataSource open(SystemDescription system) {
        Database database = system.database();
        String url;
        try {
            url = database.jdbcUrl(key -> config.getOptionalValue(key, String.class).orElse(null));
        } catch (IllegalStateException e) {
            throw new PermanentFailure(system.system(), e.getMessage());
        }
        HikariConfig settings = new HikariConfig();
        settings.setPoolName("interchange-" + system.system());
        settings.setJdbcUrl(url);
        if (database.user() != null) {
            settings.setUsername(database.user());
        }
        if (database.password() != null) {
            settings.setPassword(database.password().resolve(config).orElseThrow(() -> new PermanentFailure(
                    system.system(), "the database password " + database.password() + " has no value")));
        }
        settings.setMaximumPoolSize(database.poolSize());
        settings.setMinimumIdle(0);
        settings.setIdleTimeout(60_000);
        settings.setConnectionTimeout(Math.max(250, database.loginTimeout().toMillis()));
        settings.setValidationTimeout(Math.max(250, Math.min(database.loginTimeout().toMillis(), 5_000)));
        settings.setInitializationFailTimeout(-1); // a database that is down now must not stop the pool being made
        try {
            String driver = database.driver(url);
            if (driver != null) {
                settings.setDriverClassName(driver);
            }
            return new HikariDataSource(settings);
        } catch (RuntimeException e) {
            // a driver that is not there, a URL it does not take
            throw new PermanentFailure(system.system(), "no connection pool for " + url.replaceAll("password=[^;&]*", "password=…")
                    + ": " + e.getMessage());
        }
    }

    /** Closes the pools of systems no longer in the catalog (a file removed, or its kind changed). */
    public void keepOnly(java.util.Set<String> systems) {
        pools.keySet().removeIf(system -> {
            if (systems.contains(system)) {
                return false;
            }
            Pool pool = pools.get(system);
            if (pool != null) {
                LOG.info(() -> system + " is no longer a database system of the catalog; its connection pool is closed");
                pool.source().close();
            }
            return true;
        });
    }

    @PreDestroy
    void close() {
        pools.values().forEach(pool -> pool.source().close());
        pools.clear();
    }
}
