package io.interchange.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.CatalogReader;
import io.interchange.platform.catalog.Poll;
import io.interchange.platform.catalog.SystemDescription;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A poll's reads, by watermark and by marking rows, against a real (in-memory H2) table. */
class PolledRowsTest {

    private final String url = "jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection keeper;
    private PolledRows rows;

    @BeforeEach
    void legacyTable() throws Exception {
        keeper = DriverManager.getConnection(url, "sa", "");
        try (Statement ddl = keeper.createStatement()) {
            ddl.execute("CREATE TABLE RETURNS (ID BIGINT PRIMARY KEY, SKU VARCHAR(20), EXPORTED CHAR(1) DEFAULT 'N' NOT NULL)");
            ddl.execute("INSERT INTO RETURNS (ID, SKU) VALUES (1, 'MUG'), (2, 'CAP'), (3, 'TEE')");
        }
        rows = new PolledRows();
        rows.pools = new DatabasePools();
    }

    @AfterEach
    void close() throws Exception {
        rows.pools.close();
        keeper.close();
    }

    private SystemDescription system(String poll) throws Exception {
        return CatalogReader.read("legacy.yaml", """
                system: legacy
                name: Legacy returns
                kind: database
                owner: { team: T, email: t@example.org }
                connection: { jdbcUrl: "%s", user: sa }
                inbound:
                  poll:
                    batchSize: 2
                %s
                    event: { type: legacy.return, id: "'return-' & ID", data: '{ "sku": SKU }' }
                """.formatted(url, poll.indent(4).stripTrailing())).system();
    }

    @Test
    void aWatermarkReadsTheRowsAfterItABatchAtATime() throws Exception {
        SystemDescription legacy = system("""
                query: SELECT ID, SKU FROM RETURNS WHERE ID > :watermark ORDER BY ID
                watermark: { column: ID, initial: 0 }""");

        Poll poll = legacy.inbound().poll();
        List<ObjectNode> first = rows.read(legacy, poll.parameters(null));
        List<ObjectNode> next = rows.read(legacy, poll.parameters(poll.positionAfter(first.get(first.size() - 1))));

        assertThat(first).extracting(row -> row.get("SKU").asText()).containsExactly("MUG", "CAP");
        assertThat(next).extracting(row -> row.get("ID").asLong()).containsExactly(3L);
        assertThat(rows.read(legacy, poll.parameters(IntNode.valueOf(3)))).isEmpty();
    }

    @Test
    void aTimestampWithTheRowsKeyReadsRowsOfTheSameInstantOnceEachAcrossBatches() throws Exception {
        try (Statement ddl = keeper.createStatement()) {
            ddl.execute("ALTER TABLE RETURNS ADD COLUMN CHANGED_AT TIMESTAMP");
            // three rows changed at the same instant, one later: a batch of 2 ends inside the instant
            ddl.execute("UPDATE RETURNS SET CHANGED_AT = TIMESTAMP '2026-12-01 09:00:00.250'");
            ddl.execute("INSERT INTO RETURNS (ID, SKU, CHANGED_AT) VALUES (4, 'BAG', TIMESTAMP '2026-12-01 09:00:01')");
        }
        SystemDescription legacy = system("""
                query: >-
                  SELECT ID, SKU, CHANGED_AT FROM RETURNS
                  WHERE CHANGED_AT > :watermark OR (CHANGED_AT = :watermark AND ID > :watermarkKey)
                  ORDER BY CHANGED_AT, ID
                watermark: { column: CHANGED_AT, key: ID, initial: "1970-01-01T00:00:00Z", initialKey: 0 }""");
        Poll poll = legacy.inbound().poll();

        List<Long> read = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode position = null;
        for (int batch = 0; batch < 5; batch++) {
            List<ObjectNode> found = rows.read(legacy, poll.parameters(position));
            found.forEach(row -> read.add(row.get("ID").asLong()));
            if (!found.isEmpty()) {
                position = poll.positionAfter(found.get(found.size() - 1));
            }
        }

        assertThat(read).as("rows in the order they changed, each once").containsExactly(1L, 2L, 3L, 4L);
        assertThat(position.toString()).isEqualTo("[\"2026-12-01T09:00:01Z\",4]");
    }

    @Test
    void markedRowsAreNotReadAgain() throws Exception {
        SystemDescription legacy = system("""
                query: SELECT ID, SKU FROM RETURNS WHERE EXPORTED = 'N' ORDER BY ID
                mark: UPDATE RETURNS SET EXPORTED = 'Y' WHERE ID = :ID""");

        List<ObjectNode> first = rows.read(legacy, legacy.inbound().poll().parameters(null));
        rows.mark(legacy, first);

        assertThat(first).hasSize(2);
        assertThat(rows.read(legacy, legacy.inbound().poll().parameters(null))).extracting(row -> row.get("SKU").asText()).containsExactly("TEE");
        try (Statement statement = keeper.createStatement();
                ResultSet exported = statement.executeQuery("SELECT COUNT(*) FROM RETURNS WHERE EXPORTED = 'Y'")) {
            exported.next();
            assertThat(exported.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void aQueryOnATableThatIsGoneFailsWithItsSqlState() throws Exception {
        SystemDescription legacy = system("""
                query: SELECT ID, SKU FROM RETURNS_MOVED WHERE ID > :watermark ORDER BY ID
                watermark: { column: ID, initial: 0 }""");

        assertThatThrownBy(() -> rows.read(legacy, legacy.inbound().poll().parameters(IntNode.valueOf(0)))).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(SqlFailures.meaning(e)).isEqualTo(SqlFailures.Meaning.PERMANENT));
        assertThatThrownBy(() -> rows.tryQuery(legacy)).isInstanceOf(SQLException.class);
    }
}
