package io.interchange.systemtests;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.clients.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The platform as its clients see it: HTTP calls with the demo keys of the test profile
 * (the same defaults ./interchange sets), plus the tracking API to observe what happened.
 */
public class Interchange {

    public static final String ECP_KEY = "ecp-demo-key";
    public static final String OPS_KEY = "ops-demo-key";
    /** The key of the read-only client {@code viewer}. */
    public static final String VIEWER_KEY = "viewer-demo-key";
    /** The test profile's ECP signing secret (the run script's default). */
    public static final String ECP_SECRET = "whsec_aW50ZXJjaGFuZ2UtZGVtby1zaWduaW5nLXNlY3JldA==";
    static final ObjectMapper JSON = new ObjectMapper();

    final String baseUrl;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The test profile's server (its first, when it runs two). */
    public Interchange() {
        this(System.getProperty("interchange.url", "http://localhost:28080"));
    }

    /** Another server, e.g. the second of two: {@code http://localhost:28180}. */
    public Interchange(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A structured-mode {@code ecp.order.created} event with a fresh id. */
    public static String orderCreated(String eventId, String orderId) {
        return """
                {"specversion":"1.0","id":"%s","source":"/ecp/shop-it","type":"ecp.order.created",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json","data":{"orderId":"%s"}}"""
                .formatted(eventId, orderId);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Posts as the shop does: with its key and, for the ECP key, signed with the ECP's secret. */
    public HttpResponse<String> postEvent(String contentType, String apiKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/events"));
        if (ECP_KEY.equals(apiKey)) {
            String webhookId = "msg_" + newId();
            String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
            request.header("webhook-id", webhookId).header("webhook-timestamp", timestamp)
                    .header("webhook-signature", new WebhookSignature(ECP_SECRET).header(webhookId, timestamp,
                            body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return post(request, contentType, apiKey, body);
    }

    /** Posts without any signature headers unless the caller adds them. */
    public HttpResponse<String> post(HttpRequest.Builder request, String contentType, String apiKey, String body) {
        request.timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    public HttpResponse<String> postStructured(String body) {
        return postEvent("application/cloudevents+json", ECP_KEY, body);
    }

    public HttpResponse<String> get(String path, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.GET().build());
    }

    /** Any method, with a key and an optional JSON body: for the operations API. */
    public HttpResponse<String> call(String method, String path, String apiKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    /** The hops of a message, from the tracking API; empty when the platform does not know it. */
    public List<JsonNode> hops(String messageId) {
        HttpResponse<String> response = get("/api/v1/tracking/messages/" + messageId, OPS_KEY);
        if (response.statusCode() == 404) {
            return List.of();
        }
        List<JsonNode> hops = new ArrayList<>();
        json(response.body()).get("hops").forEach(hops::add);
        return hops;
    }

    /** Every hop of every message of a business key (e.g. the shop's order id). */
    /** How many hops of this kind by this actor (a consumer such as {@code crm/upsert-contact}) a story has. */
    public long hops(String businessKey, String hop, String actor) {
        return timeline(businessKey).stream()
                .filter(h -> hop.equals(h.path("hop").asText()) && actor.equals(h.path("actor").asText()))
                .count();
    }

    public List<JsonNode> timeline(String businessKey) {
        HttpResponse<String> response = get("/api/v1/tracking/keys/" + businessKey, OPS_KEY);
        if (response.statusCode() == 404) {
            return List.of();
        }
        List<JsonNode> hops = new ArrayList<>();
        json(response.body()).get("hops").forEach(hops::add);
        return hops;
    }

    public long count(String messageId, String hop, String actor) {
        return hops(messageId).stream()
                .filter(h -> hop.equals(h.get("hop").asText()) && actor.equals(h.get("actor").asText()))
                .count();
    }

    /** Waits (bounded) until the orders context has consumed the message. */
    public void awaitConsumedByOrders(String messageId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> count(messageId, "CONSUMED", "orders") >= 1);
    }

    /** Waits (bounded) until the orders context has dealt with the message: consumed it or recorded it as failed. */
    public void awaitHandledByOrders(String messageId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> count(messageId, "CONSUMED", "orders") + count(messageId, "FAILED", "orders") >= 1);
    }

    public boolean isReady() {
        try {
            return get("/health/ready", null).statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
