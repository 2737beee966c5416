package io.interchange.simulators;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem details answer ({@code application/problem+json}), used by the simulated
 * ECP and by the admin API.
 */
public class Problem extends WebApplicationException {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://interchange.io/simulators/problems/";

    private final int status;
    private final String slug;
    private final String detail;
    private final List<String[]> errors = new ArrayList<>();
    private final List<String[]> headers = new ArrayList<>();

    public Problem(int status, String slug, String detail) {
        super(detail, status);
        this.status = status;
        this.slug = slug;
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
                .add("title", reasonPhrase(status))
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("pointer", e[0]).add("detail", e[1])));
            body.add("errors", list);
        }
        Response.ResponseBuilder response = Response.status(status, reasonPhrase(status)).type(MEDIA_TYPE).entity(body.build().toString());
        headers.forEach(h -> response.header(h[0], h[1]));
        return response.build();
    }

    /** The standard reason phrase ("Too Many Requests"), so the status line never says "CUSTOM". */
    public static String reasonPhrase(int status) {
        if (status == 422) {
            return "Unprocessable Entity"; // not in JAX-RS 3.1's Response.Status
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error " + status;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "invalid-request", detail);
    }

    public static Problem invalidField(String pointer, String message) {
        return new Problem(400, "invalid-request", "The request body is invalid: " + pointer + " " + message)
                .field(pointer, message);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "conflict", detail);
    }
}
