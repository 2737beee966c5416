package io.interchange.platform.cluster;

import io.interchange.platform.persistence.SchemaMigrations;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database of its own with the platform's tables, as the servers of a test share it. */
public final class MigratedDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private MigratedDatabase() {
    }

    public static DataSource fresh() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:cluster-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(database, "platform", MigratedDatabase.class.getClassLoader());
        return database;
    }
}
