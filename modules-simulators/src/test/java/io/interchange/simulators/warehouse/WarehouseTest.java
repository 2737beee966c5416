package io.interchange.simulators.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatorReset;
import io.interchange.simulators.ecp.Catalogue;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The warehouse database on a free port, used over {@code jdbc:h2:tcp://} as the platform uses it. */
class WarehouseTest {

    private static final String USER = "interchange";
    private static final String PASSWORD = "warehouse-test-password";

    private WarehouseDatabase database;
    private Warehouse warehouse;
    private WarehouseWorker worker;
    private final WarehouseAdminResource admin = new WarehouseAdminResource();

    @BeforeEach
    void start() throws Exception {
        database = new WarehouseDatabase(freePort(), USER, PASSWORD);
        database.open();
        warehouse = new Warehouse(database);
        worker = new WarehouseWorker(warehouse, database, 5);
        admin.warehouse = warehouse;
        admin.database = database;
        admin.worker = worker;
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void a_pick_order_written_over_tcp_is_shipped_once_when_it_is_due() throws Exception {
        try (Connection client = client()) {
            insertPickOrder(client, "o-1", "EU-1001", "TSHIRT-M");

            assertThat(worker.round(Instant.now())).as("not due yet").isZero();
            assertThat(worker.round(Instant.now().plusSeconds(6))).isEqualTo(1);
            assertThat(worker.round(Instant.now().plusSeconds(7))).as("shipped already").isZero();

            try (Statement statement = client.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT SHIPMENT_ID, ORDER_ID, CARRIER, TRACKING_NUMBER, SHIPPED_AT FROM SHIPMENT")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("ORDER_ID")).isEqualTo("o-1");
                assertThat(rows.getString("CARRIER")).isEqualTo("DHL");
                assertThat(rows.getString("TRACKING_NUMBER")).matches("WH\\d{8}");
                assertThat(rows.getObject("SHIPPED_AT")).isNotNull();
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void an_unknown_sku_violates_the_foreign_key_and_every_catalogue_sku_is_known() throws Exception {
        try (Connection client = client()) {
            assertThatThrownBy(() -> insertPickOrder(client, "o-1", "EU-1001", "NO-SUCH-SKU"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23506"));

            int line = 0;
            insertPickOrder(client, "o-2", "EU-1002", null);
            for (Catalogue.Product product : Catalogue.products()) {
                insertLine(client, "o-2", ++line, product.sku());
            }
        }
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), USER, "wrong").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void a_stopped_database_refuses_connections_keeps_its_rows_and_the_worker_rests() throws Exception {
        try (Connection client = client()) {
            insertPickOrder(client, "o-1", "EU-1001", "MUG-CLASSIC");
        }

        admin.stopDatabase();

        assertThat(admin.summary().getBoolean("databaseRunning")).isFalse();
        assertThatThrownBy(this::client).isInstanceOf(SQLException.class).hasMessageContaining("Connection refused");
        assertThat(worker.round(Instant.now().plusSeconds(60))).isZero();

        admin.startDatabase();

        try (Connection client = client(); Statement statement = client.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PICK_ORDER")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        assertThat(worker.round(Instant.now().plusSeconds(60))).isEqualTo(1);
    }

    @Test
    void a_paused_worker_ships_nothing_until_resumed() throws Exception {
        try (Connection client = client()) {
            insertPickOrder(client, "o-1", "EU-1001", "MUG-CLASSIC");
        }
        admin.pauseWorker();
        assertThat(worker.round(Instant.now().plusSeconds(60))).isZero();
        assertThat(admin.summary().getBoolean("workerPaused")).isTrue();

        admin.resumeWorker();
        assertThat(worker.round(Instant.now().plusSeconds(60))).isEqualTo(1);
    }

    @Test
    void a_pick_order_without_lines_waits() throws Exception {
        try (Connection client = client()) {
            insertPickOrder(client, "o-1", "EU-1001", null);
        }
        assertThat(worker.round(Instant.now().plusSeconds(60))).isZero();
    }

    @Test
    void the_renamed_shipment_table_is_not_found_until_renamed_back() throws Exception {
        try (Connection client = client()) {
            insertPickOrder(client, "o-1", "EU-1001", "CAP-BLK");

            assertThat(admin.renameShipmentTable().getBoolean("shipmentTableRenamed")).isTrue();
            assertThatThrownBy(() -> client.createStatement().executeQuery("SELECT * FROM SHIPMENT"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isIn("42S02", "42103", "42104"));
            assertThat(admin.summary().getBoolean("shipmentTableRenamed")).isTrue();

            assertThat(admin.restoreShipmentTable().getBoolean("shipmentTableRenamed")).isFalse();
            try (ResultSet rows = client.createStatement().executeQuery("SELECT COUNT(*) FROM SHIPMENT")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    @Test
    void the_admin_api_shows_pick_orders_their_duplicates_and_shipments() throws Exception {
        try (Connection client = client()) {
            insertPickOrder(client, "o-1", "EU-1001", "HOODIE-L");
            insertLine(client, "o-1", 2, "SOCKS-3P");
            insertPickOrder(client, "o-1-again", "EU-1001", "HOODIE-L");
        }

        Response shipped = admin.ship("{\"orderId\":\"o-1\"}");

        assertThat(shipped.getStatus()).isEqualTo(201);
        JsonObject shipment = (JsonObject) shipped.getEntity();
        assertThat(shipment.getString("carrier")).isEqualTo("DHL");
        JsonObject order = admin.pickOrder("o-1");
        assertThat(order.getString("orderNumber")).isEqualTo("EU-1001");
        assertThat(order.getString("customerName")).isEqualTo("Ana Silva");
        assertThat(order.isNull("note")).isTrue();
        assertThat(order.getJsonArray("lines").getJsonObject(1).getString("sku")).isEqualTo("SOCKS-3P");
        assertThat(order.getJsonArray("lines").getJsonObject(1).getInt("quantity")).isEqualTo(2);
        assertThat(order.getJsonArray("shipments").getJsonObject(0).getJsonNumber("shipmentId").longValue())
                .isEqualTo(shipment.getJsonNumber("shipmentId").longValue());
        JsonArray duplicates = admin.pickOrders("EU-1001");
        assertThat(duplicates).hasSize(2);
        JsonObject summary = admin.summary();
        assertThat(summary.getInt("pickOrders")).isEqualTo(2);
        assertThat(summary.getInt("pickLines")).isEqualTo(3);
        assertThat(summary.getInt("shipments")).isEqualTo(1);
        assertThat(summary.getInt("pickOrdersPerOrderNumberMax")).isEqualTo(2);
        assertThat(summary.getString("jdbcUrl")).isEqualTo(database.jdbcUrl());
        assertThat(summary.getBoolean("databaseRunning")).isTrue();
        assertThat(summary.getBoolean("workerPaused")).isFalse();

        assertThatThrownBy(() -> admin.pickOrder("nope")).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.getResponse().getStatus()).isEqualTo(404));
        assertThatThrownBy(() -> admin.ship("{\"orderId\":\"nope\"}")).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.getResponse().getStatus()).isEqualTo(404));
    }

    @Test
    void a_reset_empties_the_tables_and_ends_every_fault() throws Exception {
        try (Connection client = client(); Statement statement = client.createStatement()) {
            insertPickOrder(client, "o-1", "EU-1001", "BAG-TOTE");
            statement.execute("CREATE TABLE INTERCHANGE_APPLIED (ID VARCHAR(64) PRIMARY KEY)");
            statement.execute("INSERT INTO INTERCHANGE_APPLIED VALUES ('o-1')");
        }
        warehouse.ship("o-1", Instant.now());
        admin.renameShipmentTable();
        admin.pauseWorker();
        admin.stopDatabase();

        warehouse.onReset(new SimulatorReset());
        worker.onReset(new SimulatorReset());

        JsonObject summary = admin.summary();
        assertThat(summary.getInt("pickOrders")).isZero();
        assertThat(summary.getInt("pickLines")).isZero();
        assertThat(summary.getInt("shipments")).isZero();
        assertThat(summary.getBoolean("databaseRunning")).isTrue();
        assertThat(summary.getBoolean("workerPaused")).isFalse();
        assertThat(summary.getBoolean("shipmentTableRenamed")).isFalse();
        try (Connection client = client(); Statement statement = client.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INTERCHANGE_APPLIED")) {
            rows.next();
            assertThat(rows.getInt(1)).as("an integration's table is kept, emptied").isZero();
        }
    }

    private Connection client() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), USER, PASSWORD);
    }

    /** A pick order with one line of {@code sku} (none when it is {@code null}). */
    private static void insertPickOrder(Connection client, String orderId, String orderNumber, String sku)
            throws SQLException {
        try (PreparedStatement insert = client.prepareStatement(
                "INSERT INTO PICK_ORDER (ORDER_ID, ORDER_NUMBER, CUSTOMER_NAME, SHIP_TO) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, orderId);
            insert.setString(2, orderNumber);
            insert.setString(3, "Ana Silva");
            insert.setString(4, "Rua Augusta 1, 1100-048 Lisboa, PT");
            insert.executeUpdate();
        }
        if (sku != null) {
            insertLine(client, orderId, 1, sku);
        }
    }

    private static void insertLine(Connection client, String orderId, int lineNo, String sku) throws SQLException {
        try (PreparedStatement insert = client.prepareStatement(
                "INSERT INTO PICK_LINE (ORDER_ID, LINE_NO, SKU, QUANTITY) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, orderId);
            insert.setInt(2, lineNo);
            insert.setString(3, sku);
            insert.setInt(4, lineNo);
            insert.executeUpdate();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
