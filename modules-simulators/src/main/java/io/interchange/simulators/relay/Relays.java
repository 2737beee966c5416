package io.interchange.simulators.relay;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.SimulatorReset;
import io.interchange.simulators.smtp.SmtpSink;
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
 * ERP on {@code sim.erp.port}, PayPal on {@code sim.paypal.port}, Mailchimp on
 * {@code sim.mailchimp.port}, the CRM on {@code sim.crm.port} and the notifications webhook on
 * {@code sim.notifications.port}, all forwarding to {@code sim.http-port} on this host; SMTP on
 * {@code sim.smtp.port}, forwarding to the {@link SmtpSink}) and takes a system offline or
 * online on request.
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

    @Inject
    @ConfigProperty(name = "sim.paypal.port", defaultValue = "8093")
    int payPalPort;

    @Inject
    @ConfigProperty(name = "sim.mailchimp.port", defaultValue = "8094")
    int mailchimpPort;

    @Inject
    @ConfigProperty(name = "sim.smtp.port", defaultValue = "8095")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "sim.crm.port", defaultValue = "8096")
    int crmPort;

    @Inject
    @ConfigProperty(name = "sim.notifications.port", defaultValue = "8097")
    int notificationsPort;

    /** The port Payara Micro serves HTTP on (its {@code --port}); the relays forward there. */
    @Inject
    @ConfigProperty(name = "sim.http-port", defaultValue = "8090")
    int httpPort;

    @Inject
    @ConfigProperty(name = "sim.relay.target-host", defaultValue = "127.0.0.1")
    String targetHost;

    @Inject
    SmtpSink smtpSink;

    private final Map<SimulatedSystem, Relay> relays = new EnumMap<>(SimulatedSystem.class);

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        InetSocketAddress http = new InetSocketAddress(targetHost, httpPort);
        synchronized (this) {
            for (SimulatedSystem system : SimulatedSystem.values()) {
                InetSocketAddress target = http;
                if (!system.http()) {
                    try {
                        target = smtpSink.address();
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "The SMTP sink did not start; port " + port(system) + " stays closed", e);
                        continue;
                    }
                }
                relays.put(system, new Relay(system.key(), port(system), target));
            }
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
        return switch (system) {
            case ECP -> ecpPort;
            case ERP -> erpPort;
            case PAYPAL -> payPalPort;
            case MAILCHIMP -> mailchimpPort;
            case SMTP -> smtpPort;
            case CRM -> crmPort;
            case NOTIFICATIONS -> notificationsPort;
        };
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
