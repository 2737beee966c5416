package io.interchange.simulators;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An error as PayPal's REST APIs answer it:
 * {@code {"name":"UNPROCESSABLE_ENTITY","message":"...","debug_id":"...","details":[{"field","location","issue","description"}],"links":[...]}}.
 * Used by the simulated PayPal (the OAuth token endpoint has its own form, {@code OAuthError}).
 */
public class PayPalError extends WebApplicationException {

    private static final Map<Integer, String[]> NAMES = Map.of(
            400, new String[] {"INVALID_REQUEST", "Request is not well-formed, syntactically incorrect, or violates schema."},
            401, new String[] {"AUTHENTICATION_FAILURE", "Authentication failed due to invalid authentication credentials or a missing Authorization header."},
            403, new String[] {"NOT_AUTHORIZED", "Authorization failed due to insufficient permissions."},
            404, new String[] {"RESOURCE_NOT_FOUND", "The specified resource does not exist."},
            409, new String[] {"RESOURCE_CONFLICT", "The server has detected a conflict while processing this request."},
            415, new String[] {"UNSUPPORTED_MEDIA_TYPE", "The server does not support the request payload's media type."},
            422, new String[] {"UNPROCESSABLE_ENTITY", "The requested action could not be performed, semantically incorrect, or failed business validation."},
            429, new String[] {"RATE_LIMIT_REACHED", "Too many requests. Blocked due to rate limiting."},
            500, new String[] {"INTERNAL_SERVER_ERROR", "An internal server error occurred."},
            503, new String[] {"SERVICE_UNAVAILABLE", "Service Unavailable."});

    /** One entry of {@code details}; {@code field} and {@code location} may be null. */
    public record Detail(String field, String location, String issue, String description) {
    }

    private final int status;
    private final String name;
    private final String message;
    private final List<Detail> details = new ArrayList<>();

    public PayPalError(int status, String name, String message) {
        super(message, status);
        this.status = status;
        this.name = name;
        this.message = message;
    }

    public PayPalError detail(String field, String location, String issue, String description) {
        details.add(new Detail(field, location, issue, description));
        return this;
    }

    public int status() {
        return status;
    }

    public List<Detail> details() {
        return List.copyOf(details);
    }

    public JsonObject json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("name", name)
                .add("message", message)
                .add("debug_id", HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(3));
        String firstIssue = null;
        if (!details.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Detail d : details) {
                JsonObjectBuilder item = Json.createObjectBuilder();
                if (d.field() != null) {
                    item.add("field", d.field());
                }
                if (d.location() != null) {
                    item.add("location", d.location());
                }
                list.add(item.add("issue", d.issue()).add("description", d.description()));
                firstIssue = firstIssue == null ? d.issue() : firstIssue;
            }
            body.add("details", list);
        }
        String anchor = firstIssue != null ? "error-" + firstIssue : name.toLowerCase(Locale.ROOT);
        return body.add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("href", "https://developer.paypal.com/docs/api/orders/v2/#" + anchor)
                        .add("rel", "information_link")
                        .add("method", "GET")))
                .build();
    }

    @Override
    public Response getResponse() {
        return Response.status(status, Problem.reasonPhrase(status)).type(MediaType.APPLICATION_JSON)
                .entity(json().toString()).build();
    }

    /** An error with PayPal's name and message for the status (an injected fault, say). */
    public static PayPalError of(int status, String message) {
        String[] known = NAMES.get(status);
        return known != null ? new PayPalError(status, known[0], known[1])
                : new PayPalError(status, status >= 500 ? "INTERNAL_SERVER_ERROR" : "INVALID_REQUEST", message);
    }

    /** 400 {@code INVALID_REQUEST} with one issue on a body field (a JSON pointer). */
    public static PayPalError invalidRequest(String field, String issue, String description) {
        return of(400, description).detail(field, "body", issue, description);
    }

    /** 422 {@code UNPROCESSABLE_ENTITY} with one issue. */
    public static PayPalError unprocessable(String field, String issue, String description) {
        return of(422, description).detail(field, field == null ? null : "body", issue, description);
    }

    public static PayPalError authenticationFailure() {
        return of(401, "Authentication failed");
    }

    public static PayPalError orderNotFound() {
        return of(404, "The specified resource does not exist.").detail("order_id", "path", "INVALID_RESOURCE_ID",
                "Specified resource ID does not exist. Please check the resource ID and try again.");
    }
}
