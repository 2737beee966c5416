package io.interchange.platform.catalog;

import static io.interchange.platform.catalog.CatalogReaderTest.demo;
import static io.interchange.platform.catalog.CatalogReaderTest.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A catalog file of kind database: the demo warehouse, and what such a file may not say. */
class DatabaseSystemFileTest {

    @Test
    void readsTheDemoWarehouse() throws Exception {
        SystemDescription warehouse = CatalogReader.read("warehouse.yaml", demo("warehouse.yaml")).system();

        assertThat(warehouse.throughDatabase()).isTrue();
        assertThat(warehouse.database().jdbcUrl(key -> null)).isEqualTo("jdbc:h2:tcp://localhost:8098/mem:warehouse");
        assertThat(warehouse.database().driver("jdbc:h2:tcp://x/mem:w")).isEqualTo("org.h2.Driver");
        assertThat(warehouse.database().password()).hasToString("config:warehouse.db-password");
        assertThat(warehouse.database().ledgerTable()).isEqualTo(Database.DEFAULT_LEDGER_TABLE);
        Operation pick = warehouse.operation("pick-order").orElseThrow();
        assertThat(pick.method()).isEqualTo("SQL");
        assertThat(pick.sql().ledger()).isTrue();
        assertThat(pick.sql().statements()).hasSize(2);
        assertThat(pick.sql().statements().get(1).forEach()).isNotNull();
        Poll poll = warehouse.inbound().poll();
        assertThat(poll.every()).isEqualTo(Duration.ofSeconds(2));
        assertThat(poll.watermarkColumn()).isEqualTo("SHIPMENT_ID");
        assertThat(poll.initialWatermark().asLong()).isZero();
        assertThat(poll.event().type()).isEqualTo("warehouse.shipment.shipped");
    }

    @Test
    void aWatermarkKeyThatTheQueryDoesNotCompareIsRefused() throws Exception {
        String broken = demo("warehouse.yaml").replace("watermark: { column: SHIPMENT_ID, initial: 0 }",
                "watermark: { column: SHIPPED_AT, key: SHIPMENT_ID, initial: \"1970-01-01T00:00:00Z\", initialKey: 0 }");

        assertThat(refusals("warehouse.yaml", broken)).singleElement().satisfies(refusal -> {
            assertThat(refusal.field()).isEqualTo("/inbound/poll/query");
            assertThat(refusal.reason()).contains(":watermarkKey");
        });
    }

    @Test
    void aDatabaseSystemNeedsAJdbcUrlAndNoBaseUrl() throws Exception {
        String broken = demo("warehouse.yaml").replace("  jdbcUrl: ${warehouse.jdbc-url:jdbc:h2:tcp://localhost:8098/mem:warehouse}\n",
                "  baseUrl: http://localhost:1/warehouse\n");

        assertThat(refusals("warehouse.yaml", broken)).extracting(Refusal::field).contains("/connection");
    }

    @Test
    void anHttpOperationInADatabaseSystemIsRefused() throws Exception {
        String crm = demo("crm.yaml").replace("system: crm\n", "system: crm\nkind: database\n")
                .replace("  baseUrl: ${crm.base-url:http://localhost:8096/crm/api}\n", "  jdbcUrl: jdbc:h2:mem:crm\n")
                .replace("  auth:\n    type: bearer\n    token: { config: crm.token }\n", "");

        assertThat(refusals("crm.yaml", crm)).extracting(Refusal::field).contains("/operations/0");
    }

    @Test
    void aParameterWithoutItsMappingIsRefusedWithItsStatement() throws Exception {
        String broken = demo("warehouse.yaml").replace("VALUES (:orderId, :lineNo, :sku, :quantity)",
                "VALUES (:orderId, :lineNo, :sku, :qty)");

        assertThat(refusals("warehouse.yaml", broken)).singleElement().satisfies(refusal -> {
            assertThat(refusal.field()).isEqualTo("/operations/0/statements/1/sql");
            assertThat(refusal.reason()).contains(":qty has no mapping");
        });
    }

    @Test
    void aPollThatWouldReadTheSameRowsForEverIsRefused() throws Exception {
        String broken = demo("warehouse.yaml").replace("    watermark: { column: SHIPMENT_ID, initial: 0 }\n", "")
                .replace("WHERE S.SHIPMENT_ID > :watermark", "WHERE S.SHIPMENT_ID > 0");

        assertThat(refusals("warehouse.yaml", broken)).extracting(Refusal::reason)
                .anySatisfy(reason -> assertThat(reason).contains("needs a watermark or a mark"));
    }

    @Test
    void aWatermarkTheQueryDoesNotUseIsRefused() throws Exception {
        String broken = demo("warehouse.yaml").replace("WHERE S.SHIPMENT_ID > :watermark", "WHERE S.SHIPMENT_ID > :last");

        assertThat(refusals("warehouse.yaml", broken)).extracting(Refusal::reason).anySatisfy(reason ->
                assertThat(reason).contains("must compare it with :watermark"));
    }

    @Test
    void anHttpSystemIsNotPolled() throws Exception {
        String broken = demo("crm.yaml").replace("subscriptions:\n", "inbound:\n  poll:\n    query: SELECT 1\n"
                + "    mark: UPDATE T SET X = 1\n    event: { type: crm.x, id: \"'1'\", data: \"{}\" }\nsubscriptions:\n");

        assertThat(refusals("crm.yaml", broken)).extracting(Refusal::field).contains("/inbound/poll");
    }
}
