package io.interchange.platform.persistence;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a persistence unit's tables to the version its code expects, before the unit logs in:
 * each bounded context owns its tables and their migrations ({@code db/migration/<context>/V…sql}
 * in its own module) and its own history table ({@code SCHEMA_HISTORY_<CONTEXT>}), so no context
 * knows another's tables. One set of scripts serves H2 and PostgreSQL.
 * <p>
 * Named by each unit's {@code eclipselink.session.customizer}, with {@code interchange.schema.context}
 * naming the context; {@code eclipselink.deploy-on-startup} makes the unit deploy (and so migrate)
 * while the application loads, outside any transaction. A migration that fails stops the
 * application from loading: it does not run on a schema it does not know.
 * <p>
 * A context's history may start in a database that already holds tables (another context's, or
 * those of the last release before migrations): version 1 is that release's schema, written so that
 * it creates only what is missing, so it applies to an empty database and to an old one alike, and
 * later versions then apply to either. Two servers deploying at once wait for each other on
 * Flyway's lock.
 */
public class SchemaMigrations implements SessionCustomizer {

    static final String CONTEXT = "interchange.schema.context";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Override
    public void customize(Session session) throws Exception {
        Object context = session.getProperty(CONTEXT);
        if (context == null) {
            throw new IllegalStateException("persistence unit " + session.getName() + " names no " + CONTEXT);
        }
        ClassLoader unitLoader = session.getDatasourcePlatform().getConversionManager().getLoader();
        MigrateResult result = migrate(dataSource(session), context.toString(),
                unitLoader != null ? unitLoader : Thread.currentThread().getContextClassLoader());
        LOG.info(() -> "schema of " + context + ": " + describe(result));
    }

    /** Migrates one context's tables to the latest version; also used by tests on a plain data source. */
    public static MigrateResult migrate(DataSource dataSource, String context, ClassLoader loader) {
        return migrate(dataSource, context, loader, "latest");
    }

    static MigrateResult migrate(DataSource dataSource, String context, ClassLoader loader, String version) {
        return Flyway.configure(loader)
                .target(version)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + context)
                .table("SCHEMA_HISTORY_" + context.toUpperCase(java.util.Locale.ROOT))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("tables found before this history")
                .load()
                .migrate();
    }

    static String describe(MigrateResult result) {
        return result.migrationsExecuted == 0
                ? "at version " + result.initialSchemaVersion + ", nothing to migrate"
                : "migrated from version " + (result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion)
                        + " to " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations)";
    }

    private static DataSource dataSource(Session session) throws NamingException {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login
                && login.getConnector() instanceof JNDIConnector connector) {
            if (connector.getDataSource() != null) {
                return connector.getDataSource();
            }
            if (connector.getName() != null) {
                return InitialContext.doLookup(connector.getName());
            }
        }
        throw new IllegalStateException("persistence unit " + session.getName() + " has no data source to migrate");
    }
}
