package io.interchange.simulators.warehouse;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;

/**
 * The warehouse's database: created in memory when the application starts, with the user
 * {@code warehouse.db-user} as its admin, and served over TCP on {@code sim.warehouse.port}
 * (loopback clients only) until the application stops. The TCP server can be stopped and
 * started again; the rows survive.
 */
@ApplicationScoped
public class WarehouseDatabase {

    private static final Logger LOG = Logger.getLogger(WarehouseDatabase.class.getName());
    /**
     * {@code mem:warehouse} (rows lost when the simulators stop), or the path of a database file: the
     * run script keeps it beside the simulators' state, so that a restart continues the warehouse's
     * shipment ids, as a real legacy database would, and Interchange's watermark stays meaningful.
     */
    @Inject
    @ConfigProperty(name = "sim.warehouse.database", defaultValue = "mem:warehouse")
    String name;

    @Inject
    @ConfigProperty(name = "sim.warehouse.port", defaultValue = "9098")
    int port;

    @Inject
    @ConfigProperty(name = "warehouse.db-user", defaultValue = "interchange")
    String user;

    @Inject
    @ConfigProperty(name = "warehouse.db-password", defaultValue = "warehouse-demo-password")
    String password;

    /** Keeps the in-memory database, and so its rows, while no client is connected. */
    private Connection keeper;
    private Server server;

    public WarehouseDatabase() {
    }

    WarehouseDatabase(int port, String user, String password) {
        this.name = "mem:warehouse";
        this.port = port;
        this.user = user;
        this.password = password;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            open();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The warehouse database did not start on port " + port, e);
        }
    }

    /** Creates the database and its tables (the first connection's user becomes its admin), then serves it. */
    synchronized void open() throws SQLException {
        if (keeper == null) {
            keeper = dataSource("jdbc:h2:" + name + ";DB_CLOSE_DELAY=-1").getConnection();
            WarehouseSchema.create(keeper);
        }
        startServer();
        String version = keeper.getMetaData().getDatabaseProductVersion();
        LOG.info(() -> "Warehouse database (H2 " + version + ") at " + jdbcUrl() + ", user " + user);
    }

    /** Serves the database over TCP again; nothing happens when it is served already. */
    public synchronized void startServer() throws SQLException {
        if (running()) {
            return;
        }
        // Without -ifNotExists a client cannot create a database: a mistyped URL is refused
        // instead of opening an empty database with no tables.
        server = Server.createTcpServer("-tcpPort", Integer.toString(port)).start();
    }

    /** Stops serving: connected clients lose their connection, new ones are refused. */
    public synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null && server.isRunning(false);
    }

    /** Where clients reach the database (while it is served). */
    public String jdbcUrl() {
        return "jdbc:h2:tcp://localhost:" + port + "/" + name;
    }

    /** A connection of the simulator's own, inside this process: it works while the TCP server is stopped too. */
    Connection connect() throws SQLException {
        synchronized (this) {
            if (keeper == null) {
                throw new SQLException("The warehouse database is not open", "08001");
            }
        }
        return dataSource("jdbc:h2:" + name).getConnection();
    }

    private JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Stops the server and drops the in-memory database, which would otherwise outlive a redeploy. */
    @PreDestroy
    synchronized void close() {
        stopServer();
        if (keeper == null) {
            return;
        }
        try (Statement statement = keeper.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.FINE, "shutting the warehouse database down", e);
        } finally {
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the warehouse database", e);
            }
            keeper = null;
        }
    }
}
