package io.interchange.simulators.paypal;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * {@code POST /paypal/v1/oauth2/token}: HTTP Basic {@code clientId:secret}, form
 * {@code grant_type=client_credentials}, answers an access token as PayPal does; wrong
 * credentials get 401 {@code invalid_client}, another grant type 400.
 */
@RequestScoped
@Path("paypal/v1/oauth2/token")
@Simulates(SimulatedSystem.PAYPAL)
@Produces(MediaType.APPLICATION_JSON)
public class PayPalTokenResource {

    static final String SCOPES = "https://uri.paypal.com/services/payments/payment "
            + "https://uri.paypal.com/services/payments/refund";

    @Inject
    AccessTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public JsonObject token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("grant_type") String grantType) {
        if (!tokens.authenticates(authorization)) {
            throw OAuthError.invalidClient();
        }
        if (!"client_credentials".equals(grantType)) {
            throw OAuthError.unsupportedGrantType(grantType);
        }
        AccessTokens.Token token = tokens.issue();
        return Json.createObjectBuilder()
                .add("scope", SCOPES)
                .add("access_token", token.value())
                .add("token_type", "Bearer")
                .add("app_id", "APP-INTERCHANGE-SIMULATOR")
                .add("expires_in", token.expiresInSeconds())
                .add("nonce", Instant.now() + "-interchange")
                .build();
    }
}
