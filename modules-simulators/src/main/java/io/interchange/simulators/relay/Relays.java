package io.interchange.simulators.relay;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.SimulatorReset;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a relay per simulated system when the application starts (ECP on {@code sim.ecp.port},
 * ERP on {@code sim.erp.port}, both forwarding to {@code sim.http-port} on this host) and
 * takes a system offline or online on request.
 */
@ApplicationScoped
public class Relays {

    private static final Logger LOG = Logger.getLogger(Relays.class.getName());

    @Inject
    @ConfigProperty(name = "sim.ecp.port", defaultValue = "8091")
    int ecpPort;

    @Inject
    @ConfigProperty(name = "sim.erp.port", defaultValue = "8092")
    int erpPort;

    /** The port Payara Micro serves HTTP on (its {@code --port}); the relays forward there. */
    @Inject
    @ConfigProperty(name = "sim.http-port", defaultValue = "8090")
    int httpPort;

    @Inject
    @ConfigProperty(name = "sim.relay.target-host", defaultValue = "127.0.0.1")
    String targetHost;

    private final Map<SimulatedSystem, Relay> relays = new EnumMap<>(SimulatedSystem.class);

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        InetSocketAddress target = new InetSocketAddress(targetHost, httpPort);
        synchronized (this) {
            relays.put(SimulatedSystem.ECP, new Relay(SimulatedSystem.ECP.key(), ecpPort, target));
            relays.put(SimulatedSystem.ERP, new Relay(SimulatedSystem.ERP.key(), erpPort, target));
        }
        allOnline();
    }

    /** Opens ({@code true}) or closes the system's port. */
    public void online(SimulatedSystem system, boolean online) {
        Relay relay = relay(system);
        if (relay == null) {
            return;
        }
        if (!online) {
            relay.close();
            return;
        }
        try {
            relay.open();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e.getMessage(), e);
        }
    }

    public void allOnline() {
        for (SimulatedSystem system : SimulatedSystem.values()) {
            online(system, true);
        }
    }

    public boolean listening(SimulatedSystem system) {
        Relay relay = relay(system);
        return relay != null && relay.listening();
    }

    public int port(SimulatedSystem system) {
        return system == SimulatedSystem.ECP ? ecpPort : erpPort;
    }

    void onReset(@Observes SimulatorReset reset) {
        allOnline();
    }

    @PreDestroy
    void stop() {
        for (SimulatedSystem system : SimulatedSystem.values()) {
            online(system, false);
        }
    }

    private synchronized Relay relay(SimulatedSystem system) {
        return relays.get(system);
    }
}
