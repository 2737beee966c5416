package io.interchange.simulators;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * All resources at the root of the context: {@code /ecp/...}, {@code /erp/api/v2.0/...} (the
 * simulated systems) and {@code /sim/...} (the admin API). Deployed with context root {@code /}.
 */
@ApplicationPath("/")
public class SimulatorsApplication extends Application {
}
