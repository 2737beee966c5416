package io.interchange.erp.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the ERP is, which company, and how long to wait for it (contracts §7). */
@ApplicationScoped
public class ErpSettings {

    @Inject
    @ConfigProperty(name = "erp.base-url", defaultValue = "http://localhost:8092/erp/api/v2.0")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "erp.company-id", defaultValue = "cronus")
    String companyId;

    @Inject
    @ConfigProperty(name = "erp.token", defaultValue = "")
    String token;

    @Inject
    @ConfigProperty(name = "erp.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "erp.read-timeout-ms", defaultValue = "5000")
    long readTimeoutMs;
}
