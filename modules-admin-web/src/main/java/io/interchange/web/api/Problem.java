package io.interchange.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem details answer. Thrown by resources, rendered as
 * {@code application/problem+json} with {@code type}, {@code title}, {@code status},
 * {@code detail} and, for field errors, {@code errors: [{pointer, detail}]}; every detail as
 * {@link PublicText}, whoever built it from whatever exception.
 */
public class Problem extends WebApplicationException {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://interchange.io/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final String detail;
    private final List<String[]> errors = new ArrayList<>();
    private final List<String[]> headers = new ArrayList<>();

    public Problem(int status, String slug, String title, String detail) {
        super(detail, status);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    public Problem field(String pointer, String message) {
        errors.add(new String[] {pointer, message});
        return this;
    }

    public Problem header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    @Override
    public Response getResponse() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", PublicText.of(detail));
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("pointer", e[0]).add("detail", PublicText.of(e[1]))));
            body.add("errors", list);
        }
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
        headers.forEach(h -> response.header(h[0], h[1]));
        return response.build();
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "invalid-request", "Invalid request", detail);
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Missing or unknown API key", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Not allowed", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public static Problem unavailable(String detail, int retryAfterSeconds) {
        return new Problem(503, "unavailable", "Cannot store durably right now", detail)
                .header("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
