package io.interchange.platform.systems;

import io.interchange.platform.http.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Asks a broken system whether it is back: a GET as its {@link HealthDefinition} says, answered
 * with a status the definition accepts (2xx by default). Any other answer, a 503 above all, or
 * no answer keeps it broken, so its parked messages stay parked.
 */
@ApplicationScoped
public class SystemProbe {

    private static final Logger LOG = Logger.getLogger(SystemProbe.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    SystemSettings settings;

    @Inject
    Credentials credentials;

    public boolean answers(String system) {
        String base = settings.baseUrl(system).orElse(null);
        if (base == null) {
            LOG.warning(() -> "no " + system + ".base-url to probe; " + system + " stays broken");
            return false;
        }
        HealthDefinition health = settings.health(system);
        String url = health.url(base);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
            health.authorization().ifPresent(value -> request.header("Authorization", value));
            // a catalog system is probed with the credentials its deliveries use
            settings.described(system).ifPresent(described ->
                    credentials.headers(system, described.connection().auth()).forEach(request::setHeader));
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (!health.accepts(status)) {
                LOG.fine(() -> "probe of " + system + ": " + status + ", not one of " + health.statuses());
            }
            return health.accepts(status);
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "probe of " + system + " at " + url + ": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
