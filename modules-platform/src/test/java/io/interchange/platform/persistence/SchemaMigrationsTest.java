package io.interchange.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform's migrations on H2: a new database, one of the release before migrations, a shared one. */
class SchemaMigrationsTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private JdbcDataSource database;

    @BeforeEach
    void aDatabaseOfItsOwn() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:migrations-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void anEmptyDatabaseGetsEveryTableAndTheLatestVersion() throws SQLException {
        MigrateResult result = migrate();

        assertThat(result.initialSchemaVersion).isNull();
        assertThat(result.targetSchemaVersion).isEqualTo("3");
        assertThat(tables()).contains("INBOUND_EVENT", "JOURNAL_ENTRY", "PROCESSED_MESSAGE", "FAILED_MESSAGE",
                "AUDIT_ENTRY", "SYSTEM_STATUS", "PARKED_MESSAGE", "ALERT", "OUTBOX_MESSAGE", "POLL_WATERMARK",
                "CLUSTER_LEASE", "CLUSTER_MEMBER", "QUOTA_BUCKET", "BREAKER_COUNT", "SCHEMA_HISTORY_PLATFORM");
        assertThat(indexes("JOURNAL_ENTRY")).contains("JOURNAL_MESSAGE_IDX", "JOURNAL_AT_IDX");
        // the unique (source, id) the intake relies on to keep each event once
        sql("INSERT INTO INBOUND_EVENT (ID, CLIENT, EVENT_ID, RECEIVED_AT, SOURCE, EVENT_TYPE)"
                + " VALUES (1, 'ecp', 'e-1', CURRENT_TIMESTAMP, '/shop', 'order.placed')");
        assertThat((Throwable) failure("INSERT INTO INBOUND_EVENT (ID, CLIENT, EVENT_ID, RECEIVED_AT, SOURCE, EVENT_TYPE)"
                + " VALUES (2, 'ecp', 'e-1', CURRENT_TIMESTAMP, '/shop', 'order.placed')")).isNotNull();
    }

    @Test
    void aSecondRunFindsNothingToDo() {
        migrate();
        MigrateResult again = migrate();

        assertThat(again.migrationsExecuted).isZero();
        assertThat(SchemaMigrations.describe(again)).isEqualTo("at version 3, nothing to migrate");
    }

    @Test
    void theDatabaseOfTheReleaseBeforeMigrationsKeepsItsRowsAndGetsTheNewVersions() throws Exception {
        sql("RUNSCRIPT FROM 'classpath:previous-release/schema-h2.sql'");
        sql("INSERT INTO JOURNAL_ENTRY (ID, ACTOR, AT, HOP, MESSAGE_ID) VALUES (7, 'intake', CURRENT_TIMESTAMP, 'RECEIVED', 'm-7')");
        sql("INSERT INTO PROCESSED_MESSAGE (MESSAGE_ID, CONSUMER, PROCESSED_AT) VALUES ('m-7', 'orders', CURRENT_TIMESTAMP)");

        MigrateResult result = migrate();

        assertThat(result.targetSchemaVersion).isEqualTo("3");
        assertThat(names("SELECT \"version\" FROM SCHEMA_HISTORY_PLATFORM WHERE \"type\" = 'SQL' AND \"success\""
                + " ORDER BY \"installed_rank\"")).as("version 1 over the tables found, then versions 2 and 3")
                .containsExactly("1", "2", "3");
        assertThat(count("JOURNAL_ENTRY")).isEqualTo(1);
        assertThat(count("PROCESSED_MESSAGE")).isEqualTo(1);
        assertThat(indexes("JOURNAL_ENTRY")).contains("JOURNAL_AT_IDX");
        assertThat(indexes("INBOUND_EVENT")).contains("INBOUND_EVENT_RECEIVED_IDX");
        // the journal's sequence goes on where the release left it, not from its start again
        assertThat(nextValue("JOURNAL_SEQ")).isEqualTo(100);
    }

    @Test
    void versionThreeLeavesOneActiveAlertPerIncidentTheNewest() throws SQLException {
        SchemaMigrations.migrate(database, "platform", getClass().getClassLoader(), "2");
        alert(1, "DEAD_LETTER|g", "OPEN");
        alert(2, "DEAD_LETTER|g", "ACKNOWLEDGED");
        alert(3, "DEAD_LETTER|g", "RESOLVED");
        alert(4, "SYSTEM_BROKEN|erp", "OPEN");
        alert(5, "SYSTEM_BROKEN|erp", "RESOLVED");

        migrate();

        assertThat(names("SELECT ID || ' ' || STATUS || ' ' || COALESCE(ACTIVE_KEY, '-') || ' '"
                + " || CASE WHEN RESOLVED_AT IS NULL THEN 'open' ELSE 'resolved at' END FROM ALERT ORDER BY ID"))
                .containsExactly("1 RESOLVED - resolved at", "2 ACKNOWLEDGED DEAD_LETTER|g open",
                        "3 RESOLVED - open", "4 OPEN SYSTEM_BROKEN|erp open", "5 RESOLVED - open");
        assertThat((Throwable) failure("UPDATE ALERT SET ACTIVE_KEY = INCIDENT_KEY WHERE ID = 1"))
                .as("a second active alert of an incident").isNotNull();
        sql("UPDATE ALERT SET ACTIVE_KEY = NULL WHERE ID = 2");
        assertThat(count("ALERT WHERE ACTIVE_KEY IS NULL")).as("resolved ones share no key").isEqualTo(4);
        assertThat(columns()).contains("OUTBOX_MESSAGE.RELAY_BY CHARACTER VARYING 200 YES");
    }

    private void alert(long id, String incident, String status) throws SQLException {
        sql("INSERT INTO ALERT (ID, OCCURRENCES, FIRST_AT, INCIDENT_KEY, KIND, LAST_AT, PRIORITY, STATUS, TITLE)"
                + " VALUES (" + id + ", 1, CURRENT_TIMESTAMP, '" + incident + "', 'DEAD_LETTER', CURRENT_TIMESTAMP,"
                + " 'HIGH', '" + status + "', 'title')");
    }

    @Test
    void versionOneIsTheSchemaOfTheReleaseBeforeMigrations() throws SQLException {
        SchemaMigrations.migrate(database, "platform", getClass().getClassLoader(), "1");
        List<String> fromVersionOne = columns();
        aDatabaseOfItsOwn();
        sql("RUNSCRIPT FROM 'classpath:previous-release/schema-h2.sql'");

        assertThat(fromVersionOne).as("the platform's columns: name, type, length, nullable")
                .hasSizeGreaterThan(100).containsExactlyElementsOf(columns());
    }

    @Test
    void aDatabaseWhereAnotherContextMigratedFirstStillGetsThePlatformTables() throws SQLException {
        sql("CREATE TABLE ORDERS_ORDER (ID BIGINT PRIMARY KEY)");
        sql("CREATE TABLE SCHEMA_HISTORY_ORDERS (ID BIGINT)");

        migrate();

        assertThat(tables()).contains("INBOUND_EVENT", "OUTBOX_MESSAGE", "POLL_WATERMARK");
    }

    private MigrateResult migrate() {
        return SchemaMigrations.migrate(database, "platform", getClass().getClassLoader());
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private SQLException failure(String statement) {
        try {
            sql(statement);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private long count(String table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table);
    }

    private long nextValue(String sequence) throws SQLException {
        return single("SELECT NEXT VALUE FOR " + sequence);
    }

    private long single(String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> columns() throws SQLException {
        return names("SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE || ' '"
                + " || COALESCE(CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, 0) || ' ' || IS_NULLABLE"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('INBOUND_EVENT',"
                + " 'JOURNAL_ENTRY', 'PROCESSED_MESSAGE', 'FAILED_MESSAGE', 'AUDIT_ENTRY', 'SYSTEM_STATUS',"
                + " 'PARKED_MESSAGE', 'ALERT', 'OUTBOX_MESSAGE', 'POLL_WATERMARK') ORDER BY 1");
    }

    private List<String> tables() throws SQLException {
        return names("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
    }

    private List<String> indexes(String table) throws SQLException {
        return names("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = '" + table + "'");
    }

    private List<String> names(String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
