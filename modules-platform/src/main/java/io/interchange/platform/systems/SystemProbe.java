package io.interchange.platform.systems;

import io.interchange.platform.catalog.DeliveryPolicy;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.database.PolledRows;
import io.interchange.platform.http.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
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

    @Inject
    PolledRows rows;

    public boolean answers(String system) {
        Optional<SystemDescription> database = settings.described(system).filter(SystemDescription::throughDatabase);
        if (database.isPresent()) {
            return databaseAnswers(database.get());
        }
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

    /**
     * A database system is back when its probe query ({@code SELECT 1} unless its breaker's health
     * names one) runs, and, for a polled one, its poll query does too: a renamed table must keep it
     * broken, not bring it back to fail at the next poll.
     */
    private boolean databaseAnswers(SystemDescription system) {
        DeliveryPolicy.HealthProbe health = system.delivery().breaker().health();
        try {
            rows.probe(system, health == null || health.query() == null ? "SELECT 1" : health.query());
            if (system.inbound().poll() != null) {
                rows.tryQuery(system);
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "probe of " + system.system() + ": " + e);
            return false;
        }
    }
}
