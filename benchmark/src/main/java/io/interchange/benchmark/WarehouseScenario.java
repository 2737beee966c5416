package io.interchange.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The database adapter on its own, against the simulated warehouse's database: rows written by a
 * database operation (an order and its three lines per event, with the ledger row, in one local
 * transaction) and rows read by a poll (each a shipment, accepted as an event and posted once to the
 * notifications webhook), per second, with each process's CPU per row. Runs with a catalog file of
 * its own; the demo's warehouse system is taken offline meanwhile, and its poll set past the
 * benchmark's shipments afterwards, so none of them reaches the shop.
 */
final class WarehouseScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYSTEM = "bench-warehouse";
    private static final String KEY = "bench-warehouse-sender-key";
    private static final List<String> SKUS = List.of("TSHIRT-M", "MUG-CLASSIC", "CAP-BLK");

    private final HttpClient http;
    private final String url;
    private final String simUrl;
    private final String viewerKey;
    private final String opsKey;
    private final Path catalogDir;
    private final List<ProcessCpu> processes;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    WarehouseScenario(HttpClient http, String url, String simUrl, String viewerKey, String opsKey, Path catalogDir,
            List<ProcessCpu> processes) {
        this.http = http;
        this.url = url;
        this.simUrl = simUrl;
        this.viewerKey = viewerKey;
        this.opsKey = opsKey;
        this.catalogDir = catalogDir;
        this.processes = processes;
    }

    void run(int orders, int rate) throws Exception {
        System.out.printf("%ndatabase adapter: %d pick orders (1 + 3 line rows each) written at %d events/s into the "
                + "warehouse's H2 database, then their %d shipment rows polled%n", orders, rate, orders);
        Path file = catalogDir.resolve(SYSTEM + ".yaml");
        Path reads = catalogDir.resolve(SYSTEM + "-reads.yaml");
        call("PUT", url + "/api/v1/operations/systems/warehouse/status", opsKey,
                "{\"status\":\"OFFLINE\",\"reason\":\"benchmark of the database adapter\"}");
        call("POST", simUrl + "/sim/warehouse/worker/pause", null, "{}");
        try {
            Files.writeString(reads, readsFile(), StandardCharsets.UTF_8);
            Files.writeString(file, file(), StandardCharsets.UTF_8);
            awaitInCatalog(SYSTEM + "-reads");
            awaitInCatalog(SYSTEM);

            long pickedBefore = warehouse().path("pickOrders").asLong();
            CpuMeter cpu = CpuMeter.start(processes);
            Instant start = Instant.now();
            ConstantRate.Result sent = ConstantRate.run(http, rate, Duration.ofMillis(orders * 1000L / rate),
                    this::event, 202);
            long picked = awaitCount(() -> warehouse().path("pickOrders").asLong() - pickedBefore, sent.ok());
            double elapsed = seconds(start);
            System.out.printf("  write: %s%n", sent.line("events sent"));
            System.out.printf("         %d of %d pick orders in %.1f s: %.1f operations/s, %.0f rows written/s%n",
                    picked, sent.ok(), elapsed, picked / elapsed, picked * 4 / elapsed);
            cpu.lines(picked * 4, "row written").forEach(line -> System.out.println("         " + line));

            long readBefore = readRows();
            long postedBefore = posted();
            cpu = CpuMeter.start(processes);
            start = Instant.now();
            call("POST", simUrl + "/sim/warehouse/worker/resume", null, "{}");
            long read = awaitCount(() -> readRows() - readBefore, picked);
            long posted = awaitCount(() -> posted() - postedBefore, read);
            elapsed = seconds(start);
            System.out.printf("  read:  %d shipment rows polled and %d of their events delivered in %.1f s: %.0f rows/s"
                    + " (the warehouse worker ships about once a second)%n", read, posted, elapsed, read / elapsed);
            cpu.lines(read, "row read").forEach(line -> System.out.println("         " + line));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(reads);
            JsonNode last = JSON.readTree(call("GET", url + "/api/v1/operations/systems/" + SYSTEM + "/poll", viewerKey,
                    null)).path("watermark");
            if (last.isNumber()) {
                call("PUT", url + "/api/v1/operations/systems/warehouse/poll", opsKey, "{\"watermark\":" + last
                        + ",\"reason\":\"skip the benchmark's shipments\"}");
            }
            call("POST", simUrl + "/sim/warehouse/worker/resume", null, "{}");
            call("PUT", url + "/api/v1/operations/systems/warehouse/status", opsKey, "{\"status\":\"ONLINE\"}");
        }
    }

    private String file() throws Exception {
        return """
                system: %s
                name: Benchmark of the database adapter
                kind: database
                owner: { team: Benchmark, email: bench@example.org }
                connection:
                  jdbcUrl: ${warehouse.jdbc-url}
                  user: interchange
                  password: { config: warehouse.db-password }
                inbound:
                  apiKeys: ["%s"]
                  sources: ["/bench/*"]
                  eventTypes: [bench.pick.requested]
                  poll:
                    everySeconds: 1
                    batchSize: 500
                    query: >-
                      SELECT SHIPMENT_ID, ORDER_ID, TRACKING_NUMBER FROM SHIPMENT
                      WHERE SHIPMENT_ID > :watermark AND ORDER_ID LIKE 'BENCH-%%' ORDER BY SHIPMENT_ID
                    watermark: { column: SHIPMENT_ID, initial: 0 }
                    event:
                      type: bench.shipment.read
                      source: /bench/warehouse
                      id: "'bench-shipment-' & SHIPMENT_ID"
                      data: '{ "order": ORDER_ID, "tracking": TRACKING_NUMBER }'
                operations:
                  - name: pick
                    statements:
                      - sql: INSERT INTO PICK_ORDER (ORDER_ID, ORDER_NUMBER, CUSTOMER_NAME) VALUES (:id, :number, :name)
                        parameters: { id: data.id, number: data.number, name: data.name }
                      - forEach: data.lines
                        sql: INSERT INTO PICK_LINE (ORDER_ID, LINE_NO, SKU, QUANTITY) VALUES (:id, :line, :sku, :quantity)
                        parameters: { id: data.id, line: index + 1, sku: item.sku, quantity: item.quantity }
                subscriptions:
                  - name: picks
                    operation: pick
                    filter: { type: bench.pick.requested }
                """.formatted(SYSTEM, sha256(KEY));
    }

    /** The system that takes the read events: the notifications webhook, one POST per shipment. */
    private static String readsFile() {
        return """
                system: %s-reads
                name: Benchmark of the database adapter, its reads
                owner: { team: Benchmark, email: bench@example.org }
                connection:
                  baseUrl: ${notifications.base-url}
                  auth: { type: api-key, header: X-Webhook-Key, key: { env: NOTIFICATIONS_WEBHOOK_KEY } }
                operations:
                  - name: post
                    method: POST
                    path: /shipments
                    request:
                      body: '{ "order": data.order, "tracking": data.tracking }'
                    idempotencyKey: { template: "'bench-read-' & id" }
                    answers: { delivered: ["2xx", "409"], retry: ["5xx"] }
                subscriptions:
                  - name: reads
                    operation: post
                    filter: { type: bench.shipment.read }
                """.formatted(SYSTEM);
    }

    private HttpRequest event(long n) {
        String id = "BENCH-" + run + "-" + n;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < SKUS.size(); i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(SKUS.get(i)).append("\",\"quantity\":").append(i + 1)
                    .append('}');
        }
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/bench/picks\","
                + "\"type\":\"bench.pick.requested\",\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"" + id
                + "\",\"number\":\"" + id + "\",\"name\":\"Ada O'Lovelace\",\"lines\":[" + lines + "]}}";
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/events"))
                .header("Content-Type", "application/cloudevents+json")
                .header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private void awaitInCatalog(String system) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!call("GET", url + "/api/v1/catalog", viewerKey, null).contains("\"system\":\"" + system + "\"")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the catalog did not take " + system + ".yaml within 60 s");
            }
            Thread.sleep(250);
        }
    }

    private static long awaitCount(LongSupplier count, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(600);
        long now;
        do {
            Thread.sleep(250);
            now = count.getAsLong();
        } while (now < expected && Instant.now().isBefore(deadline));
        return now;
    }

    private JsonNode warehouse() {
        try {
            return JSON.readTree(call("GET", simUrl + "/sim/warehouse/summary", null, null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long readRows() {
        try {
            return JSON.readTree(call("GET", url + "/api/v1/operations/systems/" + SYSTEM + "/poll", viewerKey, null))
                    .path("rowsRead").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long posted() {
        try {
            return JSON.readTree(call("GET", simUrl + "/sim/notifications/summary", null, null)).path("received").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String call(String method, String target, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("X-API-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + target + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
