package io.interchange.simulators.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shipment ids across a restart of the warehouse's database: they continue, and never go back. */
class WarehouseSchemaTest {

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:schema-" + System.nanoTime(), "sa", "");
        WarehouseSchema.create(connection);
        execute("INSERT INTO PICK_ORDER (ORDER_ID, ORDER_NUMBER) VALUES ('o-1', '1001')");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void anIdentityHandedOutAgainAfterACrashIsMovedPastTheHighestShipment() throws SQLException {
        ship(3);
        execute("ALTER TABLE SHIPMENT ALTER COLUMN SHIPMENT_ID RESTART WITH 2"); // as found after a kill -9

        WarehouseSchema.create(connection); // the next start

        assertThat(ship(1)).isEqualTo(4);
    }

    @Test
    void idsDoNotGoBackWhenTheShipmentsWereRemoved() throws SQLException {
        ship(5);
        execute("DELETE FROM SHIPMENT"); // a reset

        WarehouseSchema.create(connection);

        assertThat(ship(1)).as("a poll's watermark past 5 would skip lower ids").isEqualTo(6);
    }

    /** Ships {@code count} times; returns the last shipment's id. */
    private long ship(int count) throws SQLException {
        long last = 0;
        for (int i = 0; i < count; i++) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO SHIPMENT (ORDER_ID, CARRIER, TRACKING_NUMBER, SHIPPED_AT)"
                        + " VALUES ('o-1', 'DHL', 'T" + i + "', CURRENT_TIMESTAMP)", new String[] {"SHIPMENT_ID"});
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    last = keys.getLong(1);
                }
            }
        }
        return last;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
