package io.interchange.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The registration API and the simulated payment provider, mailing list and SMTP sink, for tests. */
public class Registrations {

    public static final String WEB_KEY = "web-demo-key";
    public static final String APPROVED = "4111111111111111";
    public static final String DECLINED = "4000000000000002";
    public static final String PROVIDER_ERROR = "4000000000009995";
    public static final String EVENT = "INTEGRATE-EUROPE";

    private final Interchange interchange;
    private final Simulators simulators;

    public Registrations(Interchange interchange, Simulators simulators) {
        this.interchange = interchange;
        this.simulators = simulators;
    }

    /** A complete registration as JSON, for {@code email}, paying with {@code card}. */
    public static String form(String email, String card) {
        return """
                {"eventCode":"%s","ticketType":"STANDARD",
                 "attendee":{"firstName":"Ada","lastName":"Lovelace","email":"%s","company":"Analytical Engines"},
                 "billing":{"name":"Ada Lovelace","street":"Kingstraat 1","postalCode":"1011 AB","city":"Amsterdam","country":"NL"},
                 "card":{"holder":"Ada Lovelace","number":"%s","expiry":"2030-12","securityCode":"123"}}"""
                .formatted(EVENT, email, card);
    }

    public static String uniqueEmail() {
        return "ada-" + Interchange.newId().substring(0, 8) + "@example.org";
    }

    public HttpResponse<String> register(String body, String idempotencyKey) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(interchange.baseUrl + "/api/v1/registrations"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return interchange.post(request, "application/json", WEB_KEY, body);
    }

    /** The registration's state from the API, or null when there is none. */
    public JsonNode status(String registrationId) {
        HttpResponse<String> response = interchange.get("/api/v1/registrations/" + registrationId, WEB_KEY);
        return response.statusCode() == 404 ? null : Interchange.json(response.body());
    }

    public boolean isComplete(String registrationId) {
        JsonNode status = status(registrationId);
        return status != null && "COMPLETE".equals(status.path("status").asText());
    }

    /** Payment orders the provider holds for a registration (its reference id). */
    public List<JsonNode> payments(String registrationId) {
        return list(simulators.call("GET", "/sim/paypal/orders?referenceId=" + registrationId, null).body(), "orders");
    }

    /** Mail the SMTP sink received for an address. */
    public List<JsonNode> mails(String to) {
        return list(simulators.call("GET", "/sim/smtp/messages?to=" + to, null).body(), "messages");
    }

    /** The mailing list's members with this address. */
    public List<JsonNode> members(String email) {
        return list(simulators.call("GET", "/sim/mailchimp/members?email=" + email, null).body(), "members");
    }

    private static List<JsonNode> list(String body, String field) {
        JsonNode json = Interchange.json(body);
        List<JsonNode> items = new ArrayList<>();
        (json.isArray() ? json : json.path(field)).forEach(items::add);
        return items;
    }
}
