package io.interchange.simulators.warehouse;

import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The warehouse's rows as the simulator sees them, through a connection inside this process (so
 * they can be read while the TCP server is stopped): pick orders, shipments, counts, and the
 * renamed-table fault. Shipments are made one at a time, so an order waiting for the worker
 * is never shipped twice. A reset empties the tables and ends the faults.
 */
@ApplicationScoped
public class Warehouse {

    private static final Logger LOG = Logger.getLogger(Warehouse.class.getName());
    static final String CARRIER = "DHL";

    @Inject
    WarehouseDatabase database;

    private final AtomicLong trackingNumbers = new AtomicLong();

    public Warehouse() {
    }

    Warehouse(WarehouseDatabase database) {
        this.database = database;
    }

    /** Pick orders with at least one line and no shipment yet, oldest first. */
    List<WaitingOrder> waiting() throws SQLException {
        try (Connection connection = database.connect()) {
            String shipments = WarehouseSchema.shipmentTable(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT o.ORDER_ID, o.RECEIVED_AT FROM PICK_ORDER o"
                            + " WHERE EXISTS (SELECT 1 FROM PICK_LINE l WHERE l.ORDER_ID = o.ORDER_ID)"
                            + " AND NOT EXISTS (SELECT 1 FROM " + shipments + " s WHERE s.ORDER_ID = o.ORDER_ID)"
                            + " ORDER BY o.RECEIVED_AT, o.ORDER_ID")) {
                List<WaitingOrder> waiting = new ArrayList<>();
                while (rows.next()) {
                    waiting.add(new WaitingOrder(rows.getString(1), instant(rows, 2)));
                }
                return waiting;
            }
        }
    }

    /** Ships each of these orders that has no shipment yet; returns how many were shipped. */
    synchronized int shipWaiting(List<String> orderIds, Instant now) throws SQLException {
        Instant at = storable(now);
        try (Connection connection = database.connect()) {
            String shipments = WarehouseSchema.shipmentTable(connection);
            int shipped = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + shipments
                    + " (ORDER_ID, CARRIER, TRACKING_NUMBER, SHIPPED_AT) SELECT o.ORDER_ID, ?, ?, ? FROM PICK_ORDER o"
                    + " WHERE o.ORDER_ID = ? AND NOT EXISTS (SELECT 1 FROM " + shipments
                    + " s WHERE s.ORDER_ID = o.ORDER_ID)")) {
                for (String orderId : orderIds) {
                    insert.setString(1, CARRIER);
                    insert.setString(2, nextTrackingNumber());
                    insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    insert.setString(4, orderId);
                    shipped += insert.executeUpdate();
                }
            }
            return shipped;
        }
    }

    /** A shipment for the order, made now even if it has one already; empty when there is no such pick order. */
    public synchronized Optional<Shipment> ship(String orderId, Instant now) throws SQLException {
        Instant at = storable(now);
        try (Connection connection = database.connect()) {
            if (!pickOrderExists(connection, orderId)) {
                return Optional.empty();
            }
            Shipment shipment = new Shipment(0, orderId, CARRIER, nextTrackingNumber(), at);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO "
                    + WarehouseSchema.shipmentTable(connection)
                    + " (ORDER_ID, CARRIER, TRACKING_NUMBER, SHIPPED_AT) VALUES (?, ?, ?, ?)",
                    new String[] {"SHIPMENT_ID"})) {
                insert.setString(1, orderId);
                insert.setString(2, shipment.carrier());
                insert.setString(3, shipment.trackingNumber());
                insert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return Optional.of(new Shipment(keys.getLong(1), orderId, shipment.carrier(),
                            shipment.trackingNumber(), at));
                }
            }
        }
    }

    /** As {@code SHIPPED_AT} keeps it (microseconds), so an answer equals what is read back later. */
    private static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private String nextTrackingNumber() {
        return String.format("WH%08d", trackingNumbers.incrementAndGet());
    }

    public Optional<PickOrder> pickOrder(String orderId) throws SQLException {
        List<PickOrder> found = pickOrders("WHERE ORDER_ID = ?", orderId);
        return found.stream().findFirst();
    }

    /** The pick orders of one order number (every pick order when it is {@code null}), oldest first. */
    public List<PickOrder> pickOrders(String orderNumber) throws SQLException {
        return orderNumber == null ? pickOrders("", null) : pickOrders("WHERE ORDER_NUMBER = ?", orderNumber);
    }

    private List<PickOrder> pickOrders(String where, String value) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement("SELECT ORDER_ID, ORDER_NUMBER, CUSTOMER_NAME,"
                        + " SHIP_TO, NOTE, RECEIVED_AT FROM PICK_ORDER " + where + " ORDER BY RECEIVED_AT, ORDER_ID")) {
            if (value != null) {
                query.setString(1, value);
            }
            List<PickOrder> orders = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String orderId = rows.getString(1);
                    orders.add(new PickOrder(orderId, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), instant(rows, 6), lines(connection, orderId),
                            shipments(connection, orderId)));
                }
            }
            return orders;
        }
    }

    private static List<PickLine> lines(Connection connection, String orderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT LINE_NO, SKU, QUANTITY FROM PICK_LINE WHERE ORDER_ID = ? ORDER BY LINE_NO")) {
            query.setString(1, orderId);
            List<PickLine> lines = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(new PickLine(rows.getInt(1), rows.getString(2), rows.getInt(3)));
                }
            }
            return lines;
        }
    }

    private static List<Shipment> shipments(Connection connection, String orderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT SHIPMENT_ID, CARRIER, TRACKING_NUMBER,"
                + " SHIPPED_AT FROM " + WarehouseSchema.shipmentTable(connection)
                + " WHERE ORDER_ID = ? ORDER BY SHIPMENT_ID")) {
            query.setString(1, orderId);
            List<Shipment> shipments = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    shipments.add(new Shipment(rows.getLong(1), orderId, rows.getString(2), rows.getString(3),
                            instant(rows, 4)));
                }
            }
            return shipments;
        }
    }

    private static boolean pickOrderExists(Connection connection, String orderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM PICK_ORDER WHERE ORDER_ID = ?")) {
            query.setString(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    public WarehouseCounts counts() throws SQLException {
        try (Connection connection = database.connect()) {
            return new WarehouseCounts(
                    count(connection, "SELECT COUNT(*) FROM PICK_ORDER"),
                    count(connection, "SELECT COUNT(*) FROM PICK_LINE"),
                    count(connection, "SELECT COUNT(*) FROM " + WarehouseSchema.shipmentTable(connection)),
                    count(connection, "SELECT COALESCE(MAX(N), 0) FROM"
                            + " (SELECT COUNT(*) N FROM PICK_ORDER GROUP BY ORDER_NUMBER)"));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public boolean shipmentTableRenamed() throws SQLException {
        try (Connection connection = database.connect()) {
            return WarehouseSchema.SHIPMENT_MOVED.equals(WarehouseSchema.shipmentTable(connection));
        }
    }

    /** The fault: {@code SHIPMENT} renamed to {@code SHIPMENT_MOVED} ({@code true}), or its name back. */
    public synchronized void renameShipmentTable(boolean renamed) throws SQLException {
        try (Connection connection = database.connect()) {
            WarehouseSchema.moveShipmentTable(connection, renamed);
        }
    }

    /** Every pick order, line and shipment deleted (and an integration's applied-marks), the table name restored, the server serving. */
    public synchronized void clear() throws SQLException {
        try (Connection connection = database.connect()) {
            WarehouseSchema.moveShipmentTable(connection, false);
            try (Statement statement = connection.createStatement()) {
                if (WarehouseSchema.exists(connection, WarehouseSchema.INTERCHANGE_APPLIED)) {
                    statement.executeUpdate("DELETE FROM " + WarehouseSchema.INTERCHANGE_APPLIED);
                }
                statement.executeUpdate("DELETE FROM SHIPMENT");
                statement.executeUpdate("DELETE FROM PICK_LINE");
                statement.executeUpdate("DELETE FROM PICK_ORDER");
            }
            WarehouseSchema.fillProducts(connection);
        }
        database.startServer();
    }

    void onReset(@Observes SimulatorReset reset) {
        try {
            clear();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The warehouse was not reset", e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
