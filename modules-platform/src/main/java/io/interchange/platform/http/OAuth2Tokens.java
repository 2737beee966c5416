package io.interchange.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.catalog.Auth;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth2 client-credentials tokens, fetched once and reused by every delivery until shortly
 * before they expire (30 s, or half the lifetime of a short-lived token), or until a system
 * refuses one.
 */
@ApplicationScoped
public class OAuth2Tokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Token(String value, Instant renewAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public String token(String system, Auth.OAuth2ClientCredentials auth, String clientSecret) {
        Token cached = cache.get(key(auth));
        if (cached != null && Instant.now().isBefore(cached.renewAt())) {
            return cached.value();
        }
        synchronized (this) {
            cached = cache.get(key(auth));
            if (cached != null && Instant.now().isBefore(cached.renewAt())) {
                return cached.value();
            }
            Token fresh = fetch(system, auth, clientSecret);
            cache.put(key(auth), fresh);
            return fresh.value();
        }
    }

    public void forget(Auth.OAuth2ClientCredentials auth) {
        cache.remove(key(auth));
    }

    private Token fetch(String system, Auth.OAuth2ClientCredentials auth, String clientSecret) {
        String form = "grant_type=client_credentials" + (auth.scope() == null || auth.scope().isBlank() ? ""
                : "&scope=" + URLEncoder.encode(auth.scope(), StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(auth.clientId(), StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(auth.tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        String call = "the token endpoint " + auth.tokenUrl();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw HttpOutcome.noAnswer(system, call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure(system, call + " was interrupted");
        }
        if (answer.statusCode() == 429 || answer.statusCode() >= 500) {
            throw new TransientFailure(system, call + " answered " + answer.statusCode(), null, null, true);
        }
        if (answer.statusCode() / 100 != 2) {
            // the body may echo what was sent: not quoted
            throw new PermanentFailure(system, call + " refused the client credentials of " + auth.clientId()
                    + " (" + answer.statusCode() + ")");
        }
        return parse(system, call, answer.body());
    }

    static Token parse(String system, String call, String body) {
        try {
            JsonNode json = JSON.readTree(body);
            String value = json.path("access_token").asText("");
            if (value.isEmpty()) {
                throw new PermanentFailure(system, call + " answered without an access_token");
            }
            long lifetime = Math.max(1, json.path("expires_in").asLong(300));
            long renewAfter = Math.max(lifetime / 2, lifetime - 30);
            return new Token(value, Instant.now().plusSeconds(renewAfter));
        } catch (IOException e) {
            throw new PermanentFailure(system, call + " answered something that is not JSON");
        }
    }

    private static String key(Auth.OAuth2ClientCredentials auth) {
        return auth.tokenUrl() + "\n" + auth.clientId() + "\n" + auth.scope();
    }
}
