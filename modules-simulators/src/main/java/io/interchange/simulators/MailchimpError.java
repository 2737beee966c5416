package io.interchange.simulators;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An error as Mailchimp's Marketing API answers it, problem details with Mailchimp's titles:
 * {@code {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Invalid Resource","status":400,"detail":"...","instance":"...","errors":[{"field","message"}]}}.
 * Used by the simulated Mailchimp.
 */
public class MailchimpError extends WebApplicationException {

    static final String TYPE = "https://mailchimp.com/developer/marketing/docs/errors/";

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request",
            401, "API Key Invalid",
            403, "Forbidden",
            404, "Resource Not Found",
            405, "Method Not Allowed",
            429, "Too Many Requests",
            500, "Internal Server Error",
            503, "Service Unavailable");

    private final int status;
    private final String title;
    private final String detail;
    private final List<String[]> errors = new ArrayList<>();

    public MailchimpError(int status, String title, String detail) {
        super(detail, status);
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public MailchimpError field(String field, String message) {
        errors.add(new String[] {field, message});
        return this;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public JsonObject json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", UUID.randomUUID().toString());
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e[0]).add("message", e[1])));
            body.add("errors", list);
        }
        return body.build();
    }

    @Override
    public Response getResponse() {
        return Response.status(status, Problem.reasonPhrase(status)).type(Problem.MEDIA_TYPE)
                .entity(json().toString()).build();
    }

    /** An error with Mailchimp's title for the status (an injected fault, say). */
    public static MailchimpError of(int status, String detail) {
        return new MailchimpError(status, TITLES.getOrDefault(status, status >= 500 ? "Internal Server Error"
                : "Bad Request"), detail);
    }

    /** 400 "Invalid Resource": the body failed validation. */
    public static MailchimpError invalidResource(String detail) {
        return new MailchimpError(400, "Invalid Resource", detail);
    }

    public static MailchimpError apiKeyMissing() {
        return new MailchimpError(401, "API Key Missing", "Your request did not include an API key.");
    }

    public static MailchimpError apiKeyInvalid() {
        return new MailchimpError(401, "API Key Invalid",
                "Your API key may be invalid, or you've attempted to access the wrong datacenter.");
    }

    public static MailchimpError notFound() {
        return new MailchimpError(404, "Resource Not Found", "The requested resource could not be found.");
    }
}
