package io.interchange.simulators;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * All resources at the root of the context: {@code /ecp/...}, {@code /erp/api/v2.0/...},
 * {@code /paypal/v1/...} and {@code /paypal/v2/...}, {@code /mailchimp/3.0/...},
 * {@code /crm/api/...}, {@code /hooks/...} (the simulated systems) and {@code /sim/...} (the
 * admin API). Deployed with context root {@code /}. The SMTP sink and the warehouse are no
 * resources: each is a server of its own ({@code smtp}, {@code warehouse}).
 */
@ApplicationPath("/")
public class SimulatorsApplication extends Application {
}
