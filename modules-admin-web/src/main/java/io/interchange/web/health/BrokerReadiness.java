package io.interchange.web.health;

import io.interchange.platform.contract.Routes;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the broker accepts a connection and lets us browse a queue of the bus. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    Routes routes;

    @Override
    public HealthCheckResponse call() {
        String queue = routes.queues().stream().sorted().findFirst().orElse(null);
        if (queue == null) {
            return HealthCheckResponse.named("broker").down().withData("error", "no context declares a queue").build();
        }
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
            browser.getEnumeration().hasMoreElements();
            return HealthCheckResponse.up("broker");
        } catch (Exception e) {
            return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
