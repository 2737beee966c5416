package io.interchange.platform.systems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/** Asks a broken system whether it is there: any HTTP answer to a GET of its base URL, even a 404, means yes. */
@ApplicationScoped
public class SystemProbe {

    private static final Logger LOG = Logger.getLogger(SystemProbe.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    SystemSettings settings;

    public boolean answers(String system) {
        String url = settings.baseUrl(system).orElse(null);
        if (url == null) {
            LOG.warning(() -> "no " + system + ".base-url to probe; " + system + " stays broken");
            return false;
        }
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            LOG.fine(() -> "probe of " + system + " at " + url + ": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
