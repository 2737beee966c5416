package io.interchange.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.clients.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs against a platform started by {@code ./interchange bench} (or any running one) and prints:
 * calibration (fsync/s, trivial endpoint req/s), intake latency at constant rates, and sustained
 * end-to-end orders/s (event → shop fetched → ERP sales order created → shop given its ERP reference).
 * Settings by system property: {@code bench.url}, {@code bench.sim-url}, {@code bench.rates}
 * (events/s, comma-separated), {@code bench.seconds} per rate, {@code bench.orders} end to end and
 * {@code bench.e2e-rate}, the rate their events are sent at; {@code bench.fanout} (subscription
 * counts, comma-separated, empty to skip), {@code bench.fanout-events}, {@code bench.fanout-rate} and
 * {@code bench.catalog-dir} for the fan-out; {@code bench.server-pid} and {@code bench.simulators-pid}
 * for CPU per order and per event.
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url = System.getProperty("bench.url", "http://localhost:38080");
    private final String simUrl = System.getProperty("bench.sim-url", "http://localhost:38090");
    private final String apiKey = System.getProperty("bench.api-key", "ecp-demo-key");
    private final WebhookSignature signer = new WebhookSignature(System.getProperty("bench.signing-secret",
            "whsec_aW50ZXJjaGFuZ2UtZGVtby1zaWduaW5nLXNlY3JldA=="));
    private final String viewerKey = System.getProperty("bench.viewer-key", "viewer-demo-key");
    private final List<ProcessCpu> processes = processes();
    /** Where the events go, in turn: {@code bench.intake-urls} (two servers), else {@code bench.url}. */
    private final List<String> intakeUrls = List.of(System.getProperty("bench.intake-urls", url).split(","));
    private final AtomicLong sent = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The platform's servers ({@code bench.server-pid}, comma-separated), the broker process, the simulators, this JVM. */
    private static List<ProcessCpu> processes() {
        List<ProcessCpu> measured = new ArrayList<>();
        String[] servers = System.getProperty("bench.server-pid", "").split(",");
        for (int i = 0; i < servers.length; i++) {
            measured.add(ProcessCpu.of(i == 0 ? "platform" : "platform " + (i + 1), servers[i]));
        }
        String broker = System.getProperty("bench.broker-pid", "");
        if (!broker.isBlank()) {
            measured.add(ProcessCpu.of("broker", broker));
        }
        measured.add(ProcessCpu.of("simulators", System.getProperty("bench.simulators-pid")));
        measured.add(ProcessCpu.self());
        return List.copyOf(measured);
    }

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        List<Double> rates = new ArrayList<>();
        for (String r : System.getProperty("bench.rates", "50,100,200,400").split(",")) {
            if (!r.isBlank()) {
                rates.add(Double.parseDouble(r.trim()));
            }
        }
        int seconds = Integer.getInteger("bench.seconds", 10);
        int orders = Integer.getInteger("bench.orders", 1000);
        int e2eRate = Integer.getInteger("bench.e2e-rate", 100);

        System.out.printf("Interchange benchmark, %s, %d cores, Java %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%ncalibration%n  disk: %.0f fsync/s (4 KiB write + fsync)%n",
                Calibration.fsyncsPerSecond(Path.of(System.getProperty("java.io.tmpdir")), 3000));
        Calibration.trivialRequestsPerSecond(http, url, 8, 3000); // warm-up
        double ping = Calibration.trivialRequestsPerSecond(http, url, 8, 5000);
        System.out.printf("  trivial JAX-RS endpoint (GET /api/v1/ping, 8 clients): %.0f req/s%n", ping);

        if (!rates.isEmpty()) {
            intake(rates, seconds, ping);
        }
        if (orders > 0) {
            endToEnd(orders, e2eRate);
        }
        String fanout = System.getProperty("bench.fanout", "1,3,10");
        String catalogDir = System.getProperty("bench.catalog-dir", "");
        if (!fanout.isBlank() && !catalogDir.isBlank()) {
            List<Integer> counts = new ArrayList<>();
            for (String count : fanout.split(",")) {
                counts.add(Integer.parseInt(count.trim()));
            }
            new FanoutScenario(http, url, simUrl, viewerKey, Path.of(catalogDir), processes).run(counts,
                    Integer.getInteger("bench.fanout-events", 1000), Integer.getInteger("bench.fanout-rate", 100));
        }
        int picks = Integer.getInteger("bench.database-orders", 1000);
        if (picks > 0 && !catalogDir.isBlank()) {
            new WarehouseScenario(http, url, simUrl, viewerKey, System.getProperty("bench.ops-key", "ops-demo-key"),
                    Path.of(catalogDir), processes).run(picks, Integer.getInteger("bench.database-rate", 100));
        }
    }

    /** Intake latency at constant rates, open loop. */
    private void intake(List<Double> rates, int seconds, double ping) throws Exception {
        String orderId = placeOrders(1).get(0);
        System.out.printf("%nintake: signed ecp.order.created events (new ids, one known order), open loop%n");
        ConstantRate.run(http, 30, Duration.ofSeconds(5), i -> event(orderId), 202); // warm-up
        for (double rate : rates) {
            ConstantRate.Result result = ConstantRate.run(http, rate, Duration.ofSeconds(seconds), i -> event(orderId), 202);
            System.out.println("  " + result.line("POST /api/v1/events") + String.format("  (%.2f of ping)",
                    result.achieved() / ping));
            Thread.sleep(3000); // let the consumers drain before the next rate
        }
    }

    /** Orders from event to ERP and back to the shop: throughput, and CPU per order of each process. */
    private void endToEnd(int orders, int e2eRate) throws Exception {
        System.out.printf("%nend to end: %d new shop orders, their events sent at %d/s (open loop)%n", orders, e2eRate);
        long linkedBefore = summary("/sim/ecp/summary").path("withErpReference").asLong();
        List<String> ids = placeOrders(orders);
        CpuMeter cpu = CpuMeter.start(processes);
        Instant start = Instant.now();
        ConstantRate.Result sent = ConstantRate.run(http, e2eRate, Duration.ofMillis(orders * 1000L / e2eRate),
                i -> event(ids.get((int) i)), 202);
        System.out.println("  " + sent.line("events sent"));
        long linked;
        Instant deadline = Instant.now().plusSeconds(600);
        do {
            Thread.sleep(500);
            linked = summary("/sim/ecp/summary").path("withErpReference").asLong() - linkedBefore;
        } while (linked < orders && Instant.now().isBefore(deadline));
        double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf("  %d of %d orders in the ERP and linked back to the shop in %.1f s: %.1f orders/s end to end%n",
                linked, orders, elapsed, linked / elapsed);
        JsonNode erp = summary("/sim/erp/summary");
        System.out.printf("  ERP: %d sales orders, %d create attempts, %d conflicts%n",
                erp.path("salesOrders").asLong(), erp.path("postAttempts").asLong(), erp.path("conflicts").asLong());
        cpu.lines(linked, "order").forEach(line -> System.out.println("  " + line));
    }

    private HttpRequest event(String orderId) {
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/ecp/shop-bench\","
                + "\"type\":\"ecp.order.created\",\"datacontenttype\":\"application/json\",\"data\":{\"orderId\":\""
                + orderId + "\"}}";
        String id = "msg_" + UUID.randomUUID();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String to = intakeUrls.get((int) Math.floorMod(sent.getAndIncrement(), (long) intakeUrls.size())).strip();
        return HttpRequest.newBuilder(URI.create(to + "/api/v1/events"))
                .header("Content-Type", "application/cloudevents+json")
                .header("X-API-Key", apiKey)
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", signer.header(id, timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Creates orders in the simulated shop without announcing them: the benchmark sends the events. */
    private List<String> placeOrders(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int done = 0; done < count; done += 5000) {
            int batch = Math.min(5000, count - done);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simUrl + "/sim/ecp/orders"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"count\":" + batch + ",\"send\":false}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JSON.readTree(response.body()).path("orders").forEach(o -> ids.add(o.path("orderId").asText()));
        }
        return ids;
    }

    private JsonNode summary(String path) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(simUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
