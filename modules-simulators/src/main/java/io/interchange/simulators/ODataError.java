package io.interchange.simulators;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error as Business Central's API answers it: {@code {"error":{"code":"...","message":"..."}}}.
 * Used by the simulated ERP.
 */
public class ODataError extends WebApplicationException {

    private final int status;
    private final String code;
    private final String message;

    public ODataError(int status, String code, String message) {
        super(message, status);
        this.status = status;
        this.code = code;
        this.message = message;
    }

    @Override
    public Response getResponse() {
        String body = Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
                .build().toString();
        return Response.status(status, Problem.reasonPhrase(status)).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    public static ODataError badRequest(String message) {
        return new ODataError(400, "BadRequest", message);
    }

    public static ODataError notFound(String message) {
        return new ODataError(404, "BadRequest_NotFound", message);
    }

    public static ODataError conflict(String code, String message) {
        return new ODataError(409, code, message);
    }
}
