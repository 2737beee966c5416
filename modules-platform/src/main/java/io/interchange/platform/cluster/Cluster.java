package io.interchange.platform.cluster;

import io.interchange.platform.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Hands the shared state to the beans that use it, all on the non-transactional data source of the
 * persistence units ({@code INTERCHANGE_NONTX_DATASOURCE}, else {@code jdbc/interchange-nontx}), whose
 * connections no JTA transaction enlists: a statement commits at once even inside a delivery.
 */
@ApplicationScoped
public class Cluster {

    static final String DATA_SOURCE_VARIABLE = "INTERCHANGE_NONTX_DATASOURCE";
    static final String DATA_SOURCE = "jdbc/interchange-nontx";

    @Inject
    Config config;

    private volatile DataSource database;
    private volatile ServerName server;

    @Produces
    public ServerName serverName() {
        if (server == null) {
            server = ServerName.of(config);
        }
        return server;
    }

    @Produces
    public Leases leases() {
        return new Leases(database());
    }

    @Produces
    public Members members() {
        return new Members(database());
    }

    @Produces
    public SharedTokenBuckets tokenBuckets() {
        return new SharedTokenBuckets(database());
    }

    @Produces
    public BreakerCounts breakerCounts() {
        return new BreakerCounts(database());
    }

    // Looked up, not @Resource: a library jar's CDI beans get no resource injection in an EAR on Payara.
    private DataSource database() {
        if (database == null) {
            String name = Optional.ofNullable(System.getenv(DATA_SOURCE_VARIABLE)).filter(n -> !n.isBlank())
                    .orElse(DATA_SOURCE);
            try {
                database = ContainerResources.lookup(List.of(name));
            } catch (NamingException e) {
                throw new IllegalStateException("no data source " + name + " for the cluster's shared state", e);
            }
        }
        return database;
    }
}
