package io.interchange.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.interchange.platform.catalog.Auth;
import io.interchange.platform.catalog.SecretReference;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real token endpoint (the JDK's HTTP server): fetched once, reused, renewed after a refusal. */
class OAuth2TokensTest {

    private HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int status = 200;
    private volatile String lastAuthorization;

    @BeforeEach
    void startTheTokenEndpoint() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = status == 200
                    ? ("{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":3600}")
                            .getBytes(StandardCharsets.UTF_8)
                    : "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Auth.OAuth2ClientCredentials auth() {
        return new Auth.OAuth2ClientCredentials("http://127.0.0.1:" + server.getAddress().getPort() + "/token",
                "interchange", SecretReference.config("ledger.secret"), "journals");
    }

    @Test
    void aTokenIsFetchedOnceAndReusedUntilForgotten() {
        OAuth2Tokens tokens = new OAuth2Tokens();

        assertThat(tokens.token("ledger", auth(), "s3cret")).isEqualTo("token-1");
        assertThat(tokens.token("ledger", auth(), "s3cret")).isEqualTo("token-1");
        assertThat(issued).hasValue(1);
        assertThat(lastAuthorization).isEqualTo("Basic aW50ZXJjaGFuZ2U6czNjcmV0");

        tokens.forget(auth());
        assertThat(tokens.token("ledger", auth(), "s3cret")).isEqualTo("token-2");
    }

    @Test
    void refusedCredentialsArePermanentAndABusyEndpointIsRetriedLater() {
        status = 401;
        assertThatThrownBy(() -> new OAuth2Tokens().token("ledger", auth(), "wrong"))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("refused the client credentials")
                .hasMessageNotContaining("wrong");
        status = 503;
        assertThatThrownBy(() -> new OAuth2Tokens().token("ledger", auth(), "s3cret"))
                .isInstanceOf(TransientFailure.class);
    }

    @Test
    void noAnswerIsATransientFailure() {
        Auth.OAuth2ClientCredentials auth = auth();
        server.stop(0);
        assertThatThrownBy(() -> new OAuth2Tokens().token("ledger", auth, "s3cret"))
                .isInstanceOf(TransientFailure.class).hasMessageContaining("got no answer");
    }
}
