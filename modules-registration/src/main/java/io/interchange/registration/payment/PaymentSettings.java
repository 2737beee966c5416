package io.interchange.registration.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the payment provider is and the credentials for it ({@code PAYPAL_*}). */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    @ConfigProperty(name = "paypal.base-url", defaultValue = "http://localhost:8093/paypal")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "paypal.client-id", defaultValue = "")
    String clientId;

    @Inject
    @ConfigProperty(name = "paypal.secret", defaultValue = "")
    String secret;

    @Inject
    @ConfigProperty(name = "paypal.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "paypal.read-timeout-ms", defaultValue = "10000")
    long readTimeoutMs;

    public String baseUrl() { return baseUrl; }
    public String clientId() { return clientId; }
    public String secret() { return secret; }
    public long connectTimeoutMs() { return connectTimeoutMs; }
    public long readTimeoutMs() { return readTimeoutMs; }
}
