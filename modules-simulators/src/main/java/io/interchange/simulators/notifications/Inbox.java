package io.interchange.simulators.notifications;

import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook's inbox: its key ({@code notifications.webhook-key}; when none is configured,
 * every caller is let in), the notifications received, one per idempotency key, oldest first,
 * and how many requests brought one (duplicates included). In memory, cleared by a reset.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    @ConfigProperty(name = "notifications.webhook-key")
    Optional<String> webhookKey;

    private final Map<String, Notification> received = new LinkedHashMap<>();
    private final Clock clock;
    private long requests;

    public Inbox() {
        this.clock = Clock.systemUTC();
    }

    Inbox(String webhookKey, Clock clock) {
        this.webhookKey = Optional.ofNullable(webhookKey);
        this.clock = clock;
    }

    /** @throws Problem 401 unless the {@code X-Webhook-Key} header carries the key */
    public void authenticate(String given) {
        String expected = webhookKey.filter(k -> !k.isBlank()).orElse(null);
        if (expected == null) {
            return;
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new Problem(401, "unauthorized", "Missing or wrong X-Webhook-Key");
        }
    }

    /**
     * Keeps a notification once per idempotency key.
     *
     * @return how many notifications the inbox holds, this one included
     * @throws Problem 409 "already received" for a key received before; nothing is kept again
     */
    public synchronized int receive(String idempotencyKey, JsonObject body) {
        requests++;
        if (received.containsKey(idempotencyKey)) {
            throw new Problem(409, "already-received", "Already received: the notification with Idempotency-Key '"
                    + idempotencyKey + "' was received before.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        received.put(idempotencyKey, new Notification(idempotencyKey, body, now));
        return received.size();
    }

    public synchronized int count() {
        return received.size();
    }

    public synchronized List<Notification> received() {
        return new ArrayList<>(received.values());
    }

    /** The requests that brought a notification, duplicates included. */
    public synchronized long requests() {
        return requests;
    }

    synchronized void onReset(@Observes SimulatorReset reset) {
        received.clear();
        requests = 0;
    }
}
