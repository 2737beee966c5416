package io.interchange.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.mapping.Mapping;
import io.interchange.platform.mapping.StandardMessage;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Fan-out through catalog subscriptions: the same events, sent at a fixed rate, reach 1, 3 and 10
 * subscribed systems (catalog files written into the running platform's catalog folder, all of them
 * posting to the simulated notifications webhook through a JSONata body mapping). Measures end-to-end
 * deliveries per second and each process's CPU per event; and, in this JVM, what one evaluation of
 * that mapping costs.
 */
final class FanoutScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "bench.fanout.sent";
    private static final String KEY = "bench-fanout-sender-key";
    /** The body each subscriber's operation posts: the shape of the demo CRM's mapping. */
    static final String BODY_MAPPING = """
            {
              "n": data.n,
              "email": $lowercase(data.order.customer.email),
              "name": $trim($join([data.order.customer.firstName, data.order.customer.lastName], " ")),
              "total": $sum(data.order.lines.(quantity * price))
            }""";

    private final HttpClient http;
    private final String url;
    private final String simUrl;
    private final String viewerKey;
    private final Path catalogDir;
    private final List<ProcessCpu> processes;

    FanoutScenario(HttpClient http, String url, String simUrl, String viewerKey, Path catalogDir,
            List<ProcessCpu> processes) {
        this.http = http;
        this.url = url;
        this.simUrl = simUrl;
        this.viewerKey = viewerKey;
        this.catalogDir = catalogDir;
        this.processes = processes;
    }

    void run(List<Integer> subscriptions, int events, int rate) throws Exception {
        System.out.printf("%nfan-out: %d events of %s at %d/s to 1 sender and N subscribed catalog systems "
                + "(notifications webhook, JSONata body mapping)%n", events, TYPE, rate);
        try {
            for (int count : subscriptions) {
                subscribe(count);
                long before = received();
                CpuMeter cpu = CpuMeter.start(processes);
                Instant start = Instant.now();
                ConstantRate.Result sent = ConstantRate.run(http, rate, Duration.ofMillis(events * 1000L / rate),
                        i -> event(i), 202);
                long expected = sent.ok() * count;
                long delivered;
                Instant deadline = Instant.now().plusSeconds(600);
                do {
                    Thread.sleep(250);
                    delivered = received() - before;
                } while (delivered < expected && Instant.now().isBefore(deadline));
                double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
                System.out.printf("  %2d subscription(s): %s%n", count, sent.line("events sent"));
                System.out.printf("      %d of %d deliveries in %.1f s: %.1f deliveries/s, %.1f events/s fully delivered%n",
                        delivered, expected, elapsed, delivered / elapsed, delivered / (double) count / elapsed);
                cpu.lines(sent.ok(), "event").forEach(line -> System.out.println("      " + line));
            }
        } finally {
            unsubscribeAll();
        }
        mappingCost();
    }

    /** Microseconds per evaluation of the body mapping on a placed-order-sized message, in this JVM. */
    static void mappingCost() throws IOException {
        Mapping mapping = Mapping.compile("bench/body", BODY_MAPPING);
        JsonNode message = StandardMessage.of(new Envelope(UUID.randomUUID().toString(), "/bench/feed", TYPE, null,
                Instant.now(), data(1).toString(), "1", null, null, null, DeliveryKind.ORIGINAL, 0, null));
        for (int i = 0; i < 20_000; i++) {
            mapping.evaluate(message); // warm-up: the JIT
        }
        int runs = 100_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            mapping.evaluate(message);
        }
        double micros = (System.nanoTime() - start) / 1000.0 / runs;
        System.out.printf("  one evaluation of the body mapping (JSONata, 4 fields, a sum over 3 lines): %.1f µs%n", micros);
    }

    private void subscribe(int count) throws Exception {
        Set<String> wanted = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            wanted.add(system(i));
            Files.writeString(catalogDir.resolve(system(i) + ".yaml"), file(i), StandardCharsets.UTF_8);
        }
        for (int i = count + 1; i <= 10; i++) {
            Files.deleteIfExists(catalogDir.resolve(system(i) + ".yaml"));
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (!activeBenchSystems().equals(wanted)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the catalog did not take the benchmark's files within 60 s: "
                        + activeBenchSystems());
            }
            Thread.sleep(250);
        }
    }

    private void unsubscribeAll() throws IOException {
        for (int i = 1; i <= 10; i++) {
            Files.deleteIfExists(catalogDir.resolve(system(i) + ".yaml"));
        }
    }

    private Set<String> activeBenchSystems() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/catalog"))
                .header("X-API-Key", viewerKey).GET().build(), HttpResponse.BodyHandlers.ofString());
        Set<String> systems = new HashSet<>();
        JSON.readTree(response.body()).path("systems").forEach(s -> {
            String name = s.path("system").asText();
            if (name.startsWith("bench-fan-")) {
                systems.add(name);
            }
        });
        return systems;
    }

    private static String system(int i) {
        return "bench-fan-" + i;
    }

    /** Subscriber {@code i}; the first also sends the events in (its key's SHA-256). */
    private static String file(int i) throws Exception {
        String inbound = i != 1 ? "" : """
                inbound:
                  apiKeys: ["%s"]
                  sources: ["/bench/*"]
                  eventTypes: [%s]
                """.formatted(sha256(KEY), TYPE);
        return """
                system: %s
                name: Benchmark subscriber %d
                owner: { team: Benchmark, email: bench@example.org }
                connection:
                  baseUrl: ${notifications.base-url}
                  auth: { type: api-key, header: X-Webhook-Key, key: { env: NOTIFICATIONS_WEBHOOK_KEY } }
                %soperations:
                  - name: post
                    method: POST
                    path: /shipments
                    request:
                      body: |
                %s
                    idempotencyKey: { template: "'fan-' & id" }
                    answers: { delivered: ["2xx", "409"], retry: ["5xx"] }
                subscriptions:
                  - name: all
                    operation: post
                    filter: { type: %s }
                """.formatted(system(i), i, inbound, BODY_MAPPING.indent(8).stripTrailing(), TYPE);
    }

    private HttpRequest event(long n) {
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/bench/feed\","
                + "\"type\":\"" + TYPE + "\",\"datacontenttype\":\"application/json\",\"data\":" + data(n) + "}";
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/events"))
                .header("Content-Type", "application/cloudevents+json")
                .header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static JsonNode data(long n) {
        var data = JSON.createObjectNode().put("n", n);
        var order = data.putObject("order").put("number", "B-" + n);
        order.putObject("customer").put("email", "Customer" + n + "@Example.org").put("firstName", "Ada")
                .put("lastName", "Lovelace");
        var lines = order.putArray("lines");
        for (int line = 1; line <= 3; line++) {
            lines.addObject().put("sku", "SKU-" + line).put("quantity", line).put("price", 9.95 * line);
        }
        return data;
    }

    private long received() throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(simUrl + "/sim/notifications/summary")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body()).path("received").asLong();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
