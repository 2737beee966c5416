package io.interchange.registration.payment;

import io.interchange.platform.delivery.HttpAnswer;
import io.interchange.platform.delivery.RestEndpoint;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.registration.api.CardDetails;
import io.interchange.registration.api.RegistrationForm;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Charges a card through the payment provider. The registration id is the
 * {@code PayPal-Request-Id}: the provider answers a repeated request (double click, retry after a
 * timeout) with the first result instead of charging again. The card goes into the request body
 * and nowhere else; nothing here logs a body.
 */
@ApplicationScoped
public class PaymentProvider {

    static final String SYSTEM = "paypal";
    private static final Logger LOG = Logger.getLogger(PaymentProvider.class.getName());

    @Inject
    PaymentSettings settings;

    private RestEndpoint<PayPalApi> endpoint;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /** Charges {@code amount} EUR for a registration; asks once more with the same request id if no answer came. */
    public PaymentResult charge(String registrationId, String amount, RegistrationForm form) {
        String body = orderRequest(registrationId, amount, form);
        PaymentResult result = attempt(registrationId, body);
        if (result instanceof PaymentResult.Unavailable first && first.detail().contains("no answer")) {
            LOG.info(() -> "payment for " + registrationId + " got no answer; asking again with the same request id");
            result = attempt(registrationId, body);
        }
        return result;
    }

    private PaymentResult attempt(String registrationId, String body) {
        try {
            HttpAnswer answer = endpoint().call("POST order " + registrationId,
                    api -> api.createOrder("Bearer " + token(false), registrationId, body));
            if (answer.status() == 401) {
                answer = endpoint().call("POST order " + registrationId,
                        api -> api.createOrder("Bearer " + token(true), registrationId, body));
            }
            return interpret(answer);
        } catch (TransientFailure e) {
            return new PaymentResult.Unavailable("no answer: " + e.getMessage());
        } catch (TokenRefused e) {
            return new PaymentResult.Unavailable(e.getMessage());
        }
    }

    static PaymentResult interpret(HttpAnswer answer) {
        int status = answer.status();
        if (status == 200 || status == 201) {
            JsonObject order = parse(answer.body());
            if (order != null && "COMPLETED".equals(order.getString("status", ""))) {
                return new PaymentResult.Approved(order.getString("id", ""), captureId(order));
            }
            return new PaymentResult.Declined("the card needs an extra verification step that this page cannot do;"
                    + " please use another card");
        }
        if (status == 422 || status == 400) {
            return new PaymentResult.Declined(declineReason(parse(answer.body())));
        }
        return new PaymentResult.Unavailable("payment provider answered " + status);
    }

    private static String declineReason(JsonObject problem) {
        String issue = "";
        if (problem != null && problem.get("details") instanceof JsonArray details && !details.isEmpty()
                && details.get(0) instanceof JsonObject first) {
            issue = first.getString("issue", "");
        }
        return switch (issue) {
            case "INSTRUMENT_DECLINED" -> "your card was declined by its issuer; please use another card";
            case "CARD_EXPIRED" -> "your card has expired";
            default -> "the payment provider did not accept the card details; please check them";
        };
    }

    private static String captureId(JsonObject order) {
        try {
            return order.getJsonArray("purchase_units").getJsonObject(0).getJsonObject("payments")
                    .getJsonArray("captures").getJsonObject(0).getString("id");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String orderRequest(String registrationId, String amount, RegistrationForm form) {
        CardDetails card = form.getCard();
        RegistrationForm.Billing billing = form.getBilling();
        return Json.createObjectBuilder()
                .add("intent", "CAPTURE")
                .add("purchase_units", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("reference_id", registrationId)
                        .add("amount", Json.createObjectBuilder().add("currency_code", "EUR").add("value", amount))))
                .add("payment_source", Json.createObjectBuilder().add("card", Json.createObjectBuilder()
                        .add("name", card.getHolder())
                        .add("number", card.digits())
                        .add("expiry", card.getExpiry())
                        .add("security_code", card.getSecurityCode())
                        .add("billing_address", Json.createObjectBuilder()
                                .add("address_line_1", billing.getStreet())
                                .add("admin_area_2", billing.getCity())
                                .add("postal_code", billing.getPostalCode())
                                .add("country_code", billing.getCountry().toUpperCase()))))
                .build().toString();
    }

    /** An OAuth token, cached until a minute before it expires. */
    private synchronized String token(boolean renew) {
        if (!renew && token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + settings.secret()).getBytes(StandardCharsets.UTF_8));
        HttpAnswer answer = endpoint().call("POST token", api -> api.token(basic, "client_credentials"));
        JsonObject granted = answer.isSuccess() ? parse(answer.body()) : null;
        if (granted == null || !granted.containsKey("access_token")) {
            throw new TokenRefused("payment provider refused the credentials: " + answer.status());
        }
        token = granted.getString("access_token");
        long seconds = granted.getJsonNumber("expires_in") == null ? 300 : granted.getJsonNumber("expires_in").longValue();
        tokenExpires = Instant.now().plusSeconds(Math.max(0, seconds - 60));
        return token;
    }

    private synchronized RestEndpoint<PayPalApi> endpoint() {
        if (endpoint == null) {
            endpoint = new RestEndpoint<>(SYSTEM, PayPalApi.class, new RestEndpoint.Settings(settings.baseUrl(), null,
                    settings.connectTimeoutMs(), settings.readTimeoutMs()));
        }
        return endpoint;
    }

    @PreDestroy
    synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private static final class TokenRefused extends RuntimeException {
        TokenRefused(String message) {
            super(message);
        }
    }
}
