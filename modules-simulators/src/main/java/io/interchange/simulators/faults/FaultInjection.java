package io.interchange.simulators.faults;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies {@link Faults} to the simulated APIs (resources marked {@link Simulates}): waits the
 * latency, answers an injected error instead of handling the call, or, for "slow but
 * succeeds", lets a writing call (not GET) do its work and then holds the answer back. Runs before the
 * bearer-token check, as a failing gateway would.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class FaultInjection implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SLOW_ANSWER = FaultInjection.class.getName() + ".slowButSucceedsMs";

    @Context
    ResourceInfo resource;

    @Inject
    Faults faults;

    @Override
    public void filter(ContainerRequestContext request) {
        Simulates simulates = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(Simulates.class);
        if (simulates == null) {
            return;
        }
        SimulatedSystem system = simulates.value();
        FaultDecision decision = faults.decide(system);
        pause(decision.latencyMs());
        if (decision.fails()) {
            Response error = system.error(decision.errorStatus(), "SimulatedFault",
                    "Simulated fault: " + system.key() + " answers " + decision.errorStatus() + ".");
            if (decision.retryAfterSeconds() >= 0) {
                error = Response.fromResponse(error).header("Retry-After", decision.retryAfterSeconds()).build();
            }
            request.abortWith(error);
        } else if (decision.slowButSucceedsMs() > 0 && !"GET".equals(request.getMethod())) {
            // Writes only: the ERP that commits a create and answers after the client gave up.
            // Reads stay fast, so the client's "look again" after the timeout can find the effect.
            request.setProperty(SLOW_ANSWER, decision.slowButSucceedsMs());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SLOW_ANSWER) instanceof Long slow) {
            pause(slow);
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
