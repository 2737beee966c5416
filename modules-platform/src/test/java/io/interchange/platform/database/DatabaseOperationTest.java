package io.interchange.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.catalog.CatalogReader;
import io.interchange.platform.catalog.Database;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo warehouse's pick-order operation against a real (in-memory H2) warehouse schema. */
class DatabaseOperationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url = "jdbc:h2:mem:warehouse-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection keeper;
    private DatabaseOperation operations;
    private SystemDescription warehouse;
    private Operation pickOrder;

    @BeforeEach
    void warehouse() throws Exception {
        keeper = DriverManager.getConnection(url, "interchange", "");
        try (Statement ddl = keeper.createStatement()) {
            ddl.execute("CREATE TABLE PRODUCT (SKU VARCHAR(64) PRIMARY KEY, NAME VARCHAR(200) NOT NULL)");
            ddl.execute("INSERT INTO PRODUCT VALUES ('TSHIRT-M', 'T-shirt M'), ('MUG', 'Mug')");
            ddl.execute("CREATE TABLE PICK_ORDER (ORDER_ID VARCHAR(64) PRIMARY KEY, ORDER_NUMBER VARCHAR(64) NOT NULL,"
                    + " CUSTOMER_NAME VARCHAR(400), SHIP_TO VARCHAR(1000), NOTE VARCHAR(2000))");
            ddl.execute("CREATE TABLE PICK_LINE (ORDER_ID VARCHAR(64) NOT NULL REFERENCES PICK_ORDER(ORDER_ID),"
                    + " LINE_NO INT NOT NULL, SKU VARCHAR(64) NOT NULL REFERENCES PRODUCT(SKU),"
                    + " QUANTITY INT NOT NULL CHECK (QUANTITY > 0), PRIMARY KEY (ORDER_ID, LINE_NO))");
        }
        SystemDescription demo = CatalogReader.read("warehouse.yaml",
                Files.readString(Path.of("../runtime/catalog/warehouse.yaml"))).system();
        warehouse = at(demo, url);
        pickOrder = warehouse.operation("pick-order").orElseThrow();
        operations = new DatabaseOperation();
        operations.pools = new DatabasePools();
    }

    @AfterEach
    void close() throws Exception {
        operations.pools.close();
        keeper.close();
    }

    private static SystemDescription at(SystemDescription system, String url) {
        Database demo = system.database();
        Database here = new Database(url, null, demo.user(), null, 2, Duration.ofSeconds(1), Duration.ofSeconds(5),
                demo.ledgerTable());
        return new SystemDescription(system.system(), system.name(), system.description(), system.owner(),
                system.connection(), here, system.delivery(), system.inbound(), system.operations(), system.subscriptions());
    }

    private static JsonNode placed(String orderId, String firstName, String... skus) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < skus.length; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skus[i]).append("\",\"quantity\":").append(i + 1).append('}');
        }
        return JSON.readTree("{\"id\":\"m-" + orderId + "\",\"type\":\"interchange.order.placed\",\"data\":{\"order\":{"
                + "\"ecpOrderId\":\"" + orderId + "\",\"number\":\"N-" + orderId + "\","
                + "\"customer\":{\"firstName\":" + JSON.writeValueAsString(firstName) + ",\"lastName\":\"Doe\"},"
                + "\"shippingAddress\":{\"name\":\"Jane\",\"line1\":\"Main 1\",\"postalCode\":\"1000\",\"city\":\"Town\",\"country\":\"NL\"},"
                + "\"lines\":[" + lines + "]}}}");
    }

    private int count(String sql) throws Exception {
        try (Statement statement = keeper.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void anOrderLandsAsOnePickOrderWithALinePerOrderLine() throws Exception {
        DatabaseOperation.Applied applied = operations.apply(warehouse, pickOrder, "m-1", placed("1", "Jane", "TSHIRT-M", "MUG"));

        assertThat(applied).isEqualTo(new DatabaseOperation.Applied(3, false));
        assertThat(count("SELECT COUNT(*) FROM PICK_ORDER WHERE ORDER_NUMBER = 'N-1' AND SHIP_TO = 'Jane, Main 1, 1000, Town, NL'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM PICK_LINE WHERE ORDER_ID = '1' AND LINE_NO = 2 AND SKU = 'MUG' AND QUANTITY = 2"))
                .isEqualTo(1);
    }

    @Test
    void theSameMessageAgainChangesNothing() throws Exception {
        operations.apply(warehouse, pickOrder, "m-1", placed("1", "Jane", "TSHIRT-M"));

        DatabaseOperation.Applied again = operations.apply(warehouse, pickOrder, "m-1", placed("1", "Jane", "TSHIRT-M"));

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM PICK_ORDER")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM INTERCHANGE_APPLIED WHERE MESSAGE_ID = 'm-1'")).isEqualTo(1);
    }

    @Test
    void quotesSemicolonsAndCommentMarkersLandAsData() throws Exception {
        String name = "O'Brien'); DROP TABLE PICK_ORDER; -- /* :orderId */";

        operations.apply(warehouse, pickOrder, "m-2", placed("2", name, "MUG"));

        try (Statement statement = keeper.createStatement();
                ResultSet row = statement.executeQuery("SELECT CUSTOMER_NAME FROM PICK_ORDER WHERE ORDER_ID = '2'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(name + " Doe");
        }
    }

    @Test
    void anUnknownSkuIsPermanentWithItsSqlStateAndNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> operations.apply(warehouse, pickOrder, "m-3", placed("3", "Jane", "TSHIRT-M", "NO-SUCH-SKU")))
                .isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("SQL state 23506");

        assertThat(count("SELECT COUNT(*) FROM PICK_ORDER")).isZero();
        assertThat(count("SELECT COUNT(*) FROM PICK_LINE")).isZero();
        // the ledger row went with the rest: the fixed message applies once
        operations.apply(warehouse, pickOrder, "m-3", placed("3", "Jane", "TSHIRT-M", "MUG"));
        assertThat(count("SELECT COUNT(*) FROM PICK_LINE WHERE ORDER_ID = '3'")).isEqualTo(2);
    }

    @Test
    void aMappingThatFailsIsPermanentBeforeTheDatabaseIsTouched() throws Exception {
        JsonNode noLinesArray = JSON.readTree("{\"id\":\"m-4\",\"data\":{\"order\":{\"ecpOrderId\":\"4\",\"number\":\"N-4\","
                + "\"lines\":[{\"sku\":\"MUG\",\"quantity\":1}],\"customer\":{\"firstName\":{\"not\":\"text\"}}}}}");

        assertThatThrownBy(() -> operations.apply(warehouse, pickOrder, "m-4", noLinesArray))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("pick-order");
        assertThat(count("SELECT COUNT(*) FROM PICK_ORDER")).isZero();
    }

    @Test
    void aDatabaseThatIsNotThereIsRetriedLaterAndBlamesTheSystem() throws Exception {
        SystemDescription away = at(warehouse, "jdbc:h2:tcp://127.0.0.1:1/mem:nowhere");

        assertThatThrownBy(() -> operations.apply(away, pickOrder, "m-5", placed("5", "Jane", "MUG")))
                .isInstanceOfSatisfying(TransientFailure.class, failure -> assertThat(failure.systemUnhealthy()).isTrue());
    }
}
