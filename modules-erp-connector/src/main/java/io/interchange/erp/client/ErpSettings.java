package io.interchange.erp.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the ERP is, which company, and how long to wait for it. */
@ApplicationScoped
public class ErpSettings {

    @Inject
    @ConfigProperty(name = "erp.base-url", defaultValue = "http://localhost:8092/erp/api/v2.0")
    private String baseUrl;

    @Inject
    @ConfigProperty(name = "erp.company-id", defaultValue = "cronus")
    private String companyId;

    @Inject
    @ConfigProperty(name = "erp.token", defaultValue = "")
    private String token;

    @Inject
    @ConfigProperty(name = "erp.connect-timeout-ms", defaultValue = "2000")
    private long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "erp.read-timeout-ms", defaultValue = "5000")
    private long readTimeoutMs;

    public String baseUrl() {
        return baseUrl;
    }

    public String companyId() {
        return companyId;
    }

    public String token() {
        return token;
    }

    public long connectTimeoutMs() {
        return connectTimeoutMs;
    }

    public long readTimeoutMs() {
        return readTimeoutMs;
    }
}
