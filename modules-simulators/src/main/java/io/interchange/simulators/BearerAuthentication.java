package io.interchange.simulators;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks {@code Authorization: Bearer <token>} on the simulated ECP and ERP APIs against
 * {@code ecp.token} and {@code erp.token}; a missing or wrong token answers 401 in the system's
 * error format. PayPal (OAuth tokens it issues itself), Mailchimp (HTTP Basic with the API
 * key), the CRM (its bearer token, but not on {@code /health}) and the notifications webhook
 * ({@code X-Webhook-Key}) check their callers in their own resources.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    @ConfigProperty(name = "ecp.token")
    Optional<String> ecpToken;

    @Inject
    @ConfigProperty(name = "erp.token")
    Optional<String> erpToken;

    private final Map<SimulatedSystem, BearerToken> tokens = new EnumMap<>(SimulatedSystem.class);

    @PostConstruct
    void init() {
        tokens.put(SimulatedSystem.ECP, new BearerToken(ecpToken));
        tokens.put(SimulatedSystem.ERP, new BearerToken(erpToken));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Simulates simulates = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(Simulates.class);
        if (simulates == null) {
            return;
        }
        SimulatedSystem system = simulates.value();
        BearerToken token = tokens.get(system);
        if (token != null && !token.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            String code = system == SimulatedSystem.ERP ? "Authentication_InvalidCredentials" : "unauthorized";
            request.abortWith(system.error(401, code, "Missing or wrong bearer token"));
        }
    }
}
