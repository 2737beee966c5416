package io.interchange.simulators.paypal;

import io.interchange.simulators.Problem;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error of PayPal's token endpoint, in the OAuth 2.0 form (RFC 6749 §5.2):
 * {@code {"error":"invalid_client","error_description":"Client Authentication failed"}}.
 */
public class OAuthError extends WebApplicationException {

    private final int status;
    private final String error;
    private final String description;

    OAuthError(int status, String error, String description) {
        super(description, status);
        this.status = status;
        this.error = error;
        this.description = description;
    }

    @Override
    public Response getResponse() {
        String body = Json.createObjectBuilder().add("error", error).add("error_description", description).build()
                .toString();
        Response.ResponseBuilder response = Response.status(status, Problem.reasonPhrase(status))
                .type(MediaType.APPLICATION_JSON).entity(body);
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"PayPal\"");
        }
        return response.build();
    }

    static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client Authentication failed");
    }

    static OAuthError unsupportedGrantType(String grantType) {
        return new OAuthError(400, "unsupported_grant_type",
                grantType == null || grantType.isBlank() ? "Grant Type is NULL" : "unsupported grant_type");
    }
}
