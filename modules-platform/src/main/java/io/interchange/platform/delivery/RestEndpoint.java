package io.interchange.platform.delivery;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * An external system's REST API as a MicroProfile REST Client, the same way for every
 * connector: bearer token, connect and read timeouts, the default exception mapper off (every
 * answer is returned to be classified), a call that gets no answer turned into a
 * {@link TransientFailure}. Built with {@link RestClientBuilder} on first use: {@code @Inject
 * @RestClient} breaks an EAR on Payara after a restart, and a bad setting should fail a
 * delivery (which is recorded), not the bean that holds the client. Every path parameter
 * is passed through {@link PathSegment#encode}: an identifier must never change the path.
 *
 * @param <T> the REST Client interface
 */
public final class RestEndpoint<T> implements AutoCloseable {

    /** Where the system is and how long to wait for it; a null token sends no Authorization (the API sets its own). */
    public record Settings(String baseUrl, String bearerToken, long connectTimeoutMs, long readTimeoutMs) {
    }

    private final String system;
    private final Class<T> api;
    private final Settings settings;
    private T client;

    public RestEndpoint(String system, Class<T> api, Settings settings) {
        this.system = system;
        this.api = api;
        this.settings = settings;
    }

    public String system() {
        return system;
    }

    /** Makes one call; an answer of any status is returned, no answer at all is a {@link TransientFailure}. */
    public HttpAnswer call(String what, Function<T, Response> request) {
        try (Response response = request.apply(client())) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new HttpAnswer(response.getStatus(), body, response.getHeaderString("Retry-After"));
        } catch (ProcessingException e) {
            throw HttpOutcome.noAnswer(system, what, e);
        }
    }

    private synchronized T client() {
        if (client == null) {
            client = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(settings.baseUrl()))
                    .connectTimeout(settings.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeoutMs(), TimeUnit.MILLISECONDS)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .register((ClientRequestFilter) request -> {
                        if (settings.bearerToken() != null) {
                            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.bearerToken());
                        }
                        URI uri = request.getUri();
                        if (uri.getRawPath() != null && uri.getRawPath().contains("%25")) {
                            request.setUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                                    + PathSegment.undoReEncoding(uri.getRawPath())
                                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
                        }
                    })
                    .build(api);
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing on undeploy; nothing to do
            }
        }
        client = null;
    }
}
