package io.interchange.simulators.intake;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.SimulatorReset;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the simulated systems' CloudEvents to the platform's intake ({@code POST /api/v1/events},
 * structured mode) as a webhook sender does: the system's {@code X-API-Key}; for the ECP, when
 * {@code ecp.signing-secret} is set, the Standard Webhooks headers (the {@code webhook-id} is the
 * event id, so it stays the same across retries and re-sends; timestamp and signature are fresh
 * per attempt); retries per {@link RetryPolicy}. Every outcome goes to {@link IntakeSends}.
 */
@ApplicationScoped
public class Intake {

    private static final Logger LOG = Logger.getLogger(Intake.class.getName());
    private static final int KEPT_ANSWER_CHARS = 500;

    /**
     * One URL, or several separated by commas: two servers behind no load balancer. Each attempt takes
     * the next one in turn, so a retry after a server did not answer goes to another, as a load
     * balancer's would.
     */
    @Inject
    @ConfigProperty(name = "sim.intake-url", defaultValue = "http://localhost:8080/api/v1/events")
    String intakeUrl;

    @Inject
    @ConfigProperty(name = "ecp.api-key")
    Optional<String> ecpApiKey;

    @Inject
    @ConfigProperty(name = "erp.api-key")
    Optional<String> erpApiKey;

    /** Standard Webhooks secret {@code whsec_<base64>}; no signature headers when unset. */
    @Inject
    @ConfigProperty(name = "ecp.signing-secret")
    Optional<String> ecpSigningSecret;

    @Inject
    @ConfigProperty(name = "sim.intake.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "sim.intake.retry-delay-ms", defaultValue = "1000")
    long retryDelayMs;

    @Inject
    @ConfigProperty(name = "sim.intake.timeout-ms", defaultValue = "10000")
    long timeoutMs;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    IntakeSends sends;

    private HttpClient http;
    private WebhookSignature ecpSignature;
    private RetryPolicy retries;
    private final AtomicLong sequence = new AtomicLong();
    private volatile List<URI> intakeUrls;
    private final AtomicLong turn = new AtomicLong();
    /** Raised by a reset: retries and paced sends scheduled before it are dropped. */
    private final AtomicInteger generation = new AtomicInteger();

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ecpSignature = ecpSigningSecret.filter(s -> !s.isBlank()).map(WebhookSignature::fromSecret).orElse(null);
        retries = new RetryPolicy(Math.max(1, maxAttempts), Duration.ofMillis(retryDelayMs));
        sendTo(Arrays.asList(intakeUrl.split(",")));
    }

    /** Where events go from now on, in turn; {@code IllegalArgumentException} for a URL that is not one. */
    public void sendTo(List<String> urls) {
        List<URI> parsed = urls.stream().map(String::strip).filter(u -> !u.isEmpty()).map(URI::create).toList();
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("no intake URL");
        }
        intakeUrls = parsed;
        LOG.info(() -> "Events go to " + parsed);
    }

    public List<String> urls() {
        return intakeUrls.stream().map(URI::toString).toList();
    }

    void logSettings(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Events go to " + intakeUrl + "; ECP key " + (present(ecpApiKey) ? "set" : "NOT set")
                + ", ECP signing " + (ecpSignature != null ? "on" : "off") + ", ERP key "
                + (present(erpApiKey) ? "set" : "NOT set") + "; up to " + retries.maxAttempts() + " attempts");
    }

    /** Sends now: the first attempt runs on the caller's thread, retries (if needed) later. */
    public IntakeSend send(SimulatedSystem from, CloudEvent event) {
        IntakeSend pending = IntakeSend.pending(sequence.incrementAndGet(), event);
        sends.record(pending);
        return attempt(from, event, pending, generation.get());
    }

    /** Sends after {@code delay}; answers the pending send. */
    public IntakeSend sendLater(SimulatedSystem from, CloudEvent event, Duration delay) {
        IntakeSend pending = IntakeSend.pending(sequence.incrementAndGet(), event);
        sends.record(pending);
        int current = generation.get();
        scheduler.schedule(() -> attempt(from, event, pending, current), delay.toMillis(), TimeUnit.MILLISECONDS);
        return pending;
    }

    private IntakeSend attempt(SimulatedSystem from, CloudEvent event, IntakeSend before, int sentInGeneration) {
        if (sentInGeneration != generation.get()) {
            return before;
        }
        Integer status = null;
        String error = null;
        Long retryAfter = null;
        try {
            HttpResponse<String> response = http.send(request(from, event),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After").flatMap(Intake::seconds).orElse(null);
            if (status >= 300) {
                String body = response.body() == null ? "" : response.body();
                error = body.length() > KEPT_ANSWER_CHARS ? body.substring(0, KEPT_ANSWER_CHARS) : body;
                LOG.warning(() -> "Intake answered " + response.statusCode() + " to " + event.type() + " "
                        + event.id() + ": " + response.body());
            }
        } catch (IOException | RuntimeException e) {
            error = describe(e);
            LOG.log(Level.FINE, "Intake did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Optional<Duration> next = retries.nextDelay(before.attempts() + 1, status, retryAfter);
        IntakeSend after = before.attempted(status, error, Instant.now(), next.isPresent());
        sends.record(after);
        next.ifPresent(delay -> scheduler.schedule(() -> attempt(from, event, after, sentInGeneration),
                delay.toMillis(), TimeUnit.MILLISECONDS));
        return after;
    }

    private HttpRequest request(SimulatedSystem from, CloudEvent event) {
        String body = event.toJson().toString();
        URI url = intakeUrls.get((int) Math.floorMod(turn.getAndIncrement(), (long) intakeUrls.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMillis(timeoutMs))
                .header("Content-Type", CloudEvent.MEDIA_TYPE)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Optional<String> apiKey = from == SimulatedSystem.ECP ? ecpApiKey : erpApiKey;
        apiKey.filter(k -> !k.isBlank()).ifPresent(key -> request.header("X-API-Key", key));
        if (from == SimulatedSystem.ECP && ecpSignature != null) {
            long timestamp = Instant.now().getEpochSecond();
            request.header("webhook-id", event.id())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", ecpSignature.sign(event.id(), timestamp, body));
        }
        return request.build();
    }

    void onReset(@Observes SimulatorReset reset) {
        generation.incrementAndGet();
    }

    /** The failure's type and the first message found down its causes, else the URL it failed on. */
    private String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return failure.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": no answer from " + urls();
    }

    private static Optional<Long> seconds(String retryAfter) {
        try {
            return Optional.of(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
