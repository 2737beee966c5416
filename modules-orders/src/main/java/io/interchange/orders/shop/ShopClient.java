package io.interchange.orders.shop;

import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.PathSegment;
import io.interchange.platform.delivery.RestEndpoint;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * Calls the shop. Every answer is classified by {@link HttpOutcome}: 2xx returns the body,
 * 404 and other 4xx are permanent, timeouts, refusals, 429 and 5xx transient.
 */
@ApplicationScoped
public class ShopClient {

    static final String SYSTEM = "ecp";

    @Inject
    ShopSettings settings;

    private RestEndpoint<ShopApi> endpoint;

    private synchronized RestEndpoint<ShopApi> endpoint() {
        if (endpoint == null) {
            endpoint = new RestEndpoint<>(SYSTEM, ShopApi.class, new RestEndpoint.Settings(settings.baseUrl(),
                    settings.token(), settings.connectTimeoutMs(), settings.readTimeoutMs()));
        }
        return endpoint;
    }

    @PreDestroy
    synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    /** The shop's order as JSON. */
    public String order(String orderId) {
        return call("GET order " + orderId, shop -> shop.order(segment(orderId)));
    }

    public void erpReference(String orderId, String body) {
        call("PUT erp-reference of " + orderId, shop -> shop.erpReference(segment(orderId), body));
    }

    public void payment(String orderId, String idempotencyKey, String body) {
        call("POST payment to " + orderId, shop -> shop.payment(segment(orderId), idempotencyKey, body));
    }

    public void shipment(String orderId, String idempotencyKey, String body) {
        call("POST shipment to " + orderId, shop -> shop.shipment(segment(orderId), idempotencyKey, body));
    }

    public void status(String orderId, String body) {
        call("PUT status of " + orderId, shop -> shop.status(segment(orderId), body));
    }

    static String segment(String orderId) {
        return PathSegment.encode(SYSTEM, orderId);
    }

    private String call(String what, Function<ShopApi, Response> request) {
        return endpoint().call(what, request).requireSuccess(SYSTEM, what);
    }
}
