package io.interchange.orders.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the shop is and how long to wait for it. */
@ApplicationScoped
public class ShopSettings {

    @Inject
    @ConfigProperty(name = "ecp.base-url", defaultValue = "http://localhost:8091/ecp")
    private String baseUrl;

    @Inject
    @ConfigProperty(name = "ecp.token", defaultValue = "")
    private String token;

    @Inject
    @ConfigProperty(name = "ecp.connect-timeout-ms", defaultValue = "2000")
    private long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "ecp.read-timeout-ms", defaultValue = "5000")
    private long readTimeoutMs;

    public String baseUrl() {
        return baseUrl;
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
