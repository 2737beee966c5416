package io.interchange.simulators.paypal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.interchange.simulators.BasicCredentials;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class PayPalTokenResourceTest {

    private final PayPalTokenResource cut = new PayPalTokenResource();

    PayPalTokenResourceTest() {
        cut.tokens = new AccessTokens("paypal-client", "paypal-secret", 32400, Clock.systemUTC());
    }

    @Test
    void the_client_credentials_get_a_bearer_token() {
        JsonObject answer = cut.token(new BasicCredentials("paypal-client", "paypal-secret").header(),
                "client_credentials");

        assertThat(answer.getString("token_type")).isEqualTo("Bearer");
        assertThat(answer.getInt("expires_in")).isEqualTo(32400);
        assertThat(cut.tokens.accepts("Bearer " + answer.getString("access_token"))).isTrue();
    }

    @Test
    void wrong_credentials_get_401_invalid_client_like_paypal() {
        Response response = failure(() -> cut.token(new BasicCredentials("paypal-client", "guess").header(),
                "client_credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        JsonObject body = json(response);
        assertThat(body.getString("error")).isEqualTo("invalid_client");
        assertThat(body.getString("error_description")).isEqualTo("Client Authentication failed");
        assertThat(failure(() -> cut.token(null, "client_credentials")).getStatus()).isEqualTo(401);
    }

    @Test
    void another_grant_type_is_400() {
        Response response = failure(() -> cut.token(new BasicCredentials("paypal-client", "paypal-secret").header(),
                "password"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).getString("error")).isEqualTo("unsupported_grant_type");
    }

    private static Response failure(Runnable call) {
        return catchThrowableOfType(WebApplicationException.class, call::run).getResponse();
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }
}
