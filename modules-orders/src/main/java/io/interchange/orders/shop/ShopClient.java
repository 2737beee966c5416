package io.interchange.orders.shop;

import io.interchange.platform.delivery.HttpOutcome;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Calls the shop. Every answer is classified by {@link HttpOutcome}: 2xx returns the body,
 * 404 and other 4xx are permanent, timeouts, refusals, 429 and 5xx transient. The client is
 * built with {@link RestClientBuilder}: {@code @Inject @RestClient} breaks an EAR on Payara
 * after a restart (platform-notes).
 */
@ApplicationScoped
public class ShopClient {

    static final String SYSTEM = "ecp";

    @Inject
    ShopSettings settings;

    private ShopApi api;

    /** Built on first use, so that a bad setting fails a delivery (and is recorded) rather than the bean. */
    private synchronized ShopApi api() {
        if (api == null) {
            api = connect();
        }
        return api;
    }

    private ShopApi connect() {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.baseUrl()))
                .connectTimeout(settings.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeoutMs(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register((ClientRequestFilter) request ->
                        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.token()))
                .build(ShopApi.class);
    }

    @PreDestroy
    void close() {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing on undeploy; nothing to do
            }
        }
    }

    /** The shop's order as JSON. */
    public String order(String orderId) {
        return call("GET order " + orderId, shop -> shop.order(orderId));
    }

    public void erpReference(String orderId, String body) {
        call("PUT erp-reference of " + orderId, shop -> shop.erpReference(orderId, body));
    }

    public void payment(String orderId, String idempotencyKey, String body) {
        call("POST payment to " + orderId, shop -> shop.payment(orderId, idempotencyKey, body));
    }

    public void shipment(String orderId, String idempotencyKey, String body) {
        call("POST shipment to " + orderId, shop -> shop.shipment(orderId, idempotencyKey, body));
    }

    public void status(String orderId, String body) {
        call("PUT status of " + orderId, shop -> shop.status(orderId, body));
    }

    private String call(String what, Function<ShopApi, Response> request) {
        Response response;
        try {
            response = request.apply(api());
        } catch (ProcessingException e) {
            throw HttpOutcome.noAnswer(SYSTEM, what, e);
        }
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            HttpOutcome.check(SYSTEM, what, response.getStatus(), response.getHeaderString("Retry-After"), body);
            return body;
        } catch (ProcessingException e) {
            throw HttpOutcome.noAnswer(SYSTEM, what, e);
        }
    }
}
