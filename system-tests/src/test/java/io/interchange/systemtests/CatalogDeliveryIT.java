package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.systemtests.Simulators.PlacedOrder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Systems known only through catalog files receive what their subscriptions select: one placed
 * order reaches the ERP (coded) and the CRM (catalog) at once, a shipment the notifications
 * webhook; with three subscribers to one event, one offline parks only its own deliveries; a file dropped in starts deliveries
 * without a redeploy and removing it stops them; a mapping that fails is a permanent failure an
 * operator can resubmit once the file is fixed.
 */
class CatalogDeliveryIT extends DeployedPlatform {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final Duration RELOAD = Duration.ofSeconds(20);
    private static final String SYSTEMS = "/api/v1/operations/systems";
    private static final Path FOLDER = Path.of(System.getProperty("interchange.root", ".."), ".runtime/test/catalog");
    private static final Path ARCHIVE = FOLDER.resolve("archive.yaml");

    /** A system that files every placed order with the notifications webhook, under keys of its own. */
    private static final String ARCHIVE_FILE = """
            system: archive
            name: Order archive
            owner: { team: Records, email: records@example.org }
            connection:
              baseUrl: ${notifications.base-url}
              auth: { type: api-key, header: X-Webhook-Key, key: { env: NOTIFICATIONS_WEBHOOK_KEY } }
            operations:
              - name: file-order
                method: POST
                path: /shipments
                request:
                  body: '{ "archived": %s, "customer": data.order.customer.email }'
                idempotencyKey: { template: "'archive-' & id" }
                answers: { delivered: ["2xx", "409"], retry: ["5xx"] }
            subscriptions:
              - name: placed-orders
                operation: file-order
                filter: { type: interchange.order.placed }
            """;

    private static final Path FEED = FOLDER.resolve("stock-feed.yaml");
    private static final String FEED_KEY = "stock-feed-key-of-the-test";

    /** A system that sends events in (its key's SHA-256 in the file) and has them filed with the webhook. */
    private static final String FEED_FILE = """
            system: stock-feed
            name: Stock feed
            owner: { team: Warehouse IT, email: warehouse-it@example.org }
            connection:
              baseUrl: ${notifications.base-url}
              auth: { type: api-key, header: X-Webhook-Key, key: { env: NOTIFICATIONS_WEBHOOK_KEY } }
            inbound:
              apiKeys: ["%s"]
              sources: ["/stock/*"]
              eventTypes: [stock.level.changed]
            operations:
              - name: post-level
                method: POST
                path: /shipments
                request:
                  body: '{ "sku": data.sku, "level": data.level }'
                idempotencyKey: { template: "'stock-' & id" }
                answers: { delivered: ["2xx", "409"], retry: ["5xx"] }
            subscriptions:
              - name: levels
                operation: post-level
                filter: { type: stock.level.changed, source: "/stock/*" }
            """;

    private final Simulators simulators = new Simulators();

    @AfterEach
    void leaveEverythingAsFound() throws IOException {
        Files.deleteIfExists(ARCHIVE);
        Files.deleteIfExists(FEED);
        simulators.clearFaults();
        setStatus("crm", "{\"status\":\"ONLINE\"}");
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> system("crm").get("parked").asLong() == 0);
        await().atMost(RELOAD).until(() -> !catalogHas("archive") && !catalogHas("stock-feed"));
    }

    @Test
    void onePlacedOrderReachesTheErpAndTheCrmAndItsShipmentTheWebhook() {
        PlacedOrder order = simulators.placeOrder();
        String email = simulators.shopOrder(order.orderId()).path("customer").path("email").asText();
        assertThat(email).isNotBlank();

        JsonNode contact = awaitContactWithLastOrder(email, order.number());
        assertThat(contact.path("email").asText()).isEqualTo(email.toLowerCase(Locale.ROOT));
        await().atMost(FLOW).until(() -> !simulators.salesOrders(order.number()).isEmpty());
        assertThat(delivered(order, "crm/upsert-contact")).isEqualTo(1);
        // the CRM's answer became the reply event crm.contact.upserted, on the same timeline
        await().atMost(FLOW).until(() -> interchange.timeline(order.orderId()).stream()
                .anyMatch(hop -> "PUBLISHED".equals(hop.path("hop").asText())
                        && hop.path("detail").asText().contains("crm.contact.upserted")));

        String salesOrder = simulators.salesOrders(order.number()).get(0).get("id").asText();
        assertThat(notificationsFor(order.number())).as("not shipped yet: the filter holds it back").isEmpty();
        simulators.advance(salesOrder); // Released
        simulators.advance(salesOrder); // Shipped
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> !notificationsFor(order.number()).isEmpty());
        assertThat(notificationsFor(order.number()).get(0).at("/body/text").asText())
                .startsWith("Order " + order.number() + " shipped: ");
    }

    @Test
    void oneEventThreeSubscribersTheCrmOfflineParksOnlyItsOwnAndDrainsOnceEach() throws Exception {
        Files.writeString(ARCHIVE, ARCHIVE_FILE.formatted("true"));
        await().atMost(RELOAD).until(() -> catalogHas("archive"));
        HttpResponse<String> offline = setStatus("crm", "{\"status\":\"OFFLINE\",\"reason\":\"CRM migration\"}");
        assertThat(offline.statusCode()).as(offline.body()).isEqualTo(200);

        // interchange.order.placed: the ERP connector (coded), the CRM and the archive (catalog)
        List<PlacedOrder> orders = simulators.placeOrders(3);

        for (PlacedOrder order : orders) {
            await().atMost(FLOW).until(() -> !simulators.salesOrders(order.number()).isEmpty());
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> delivered(order, "archive/file-order") == 1);
        }
        await().atMost(FLOW).until(() -> system("crm").get("parked").asLong() >= 3);
        for (PlacedOrder order : orders) {
            assertThat(delivered(order, "crm/upsert-contact")).as("nothing reaches the CRM while it is offline").isZero();
        }

        setStatus("crm", "{\"status\":\"ONLINE\"}");

        for (PlacedOrder order : orders) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                    .until(() -> delivered(order, "crm/upsert-contact") >= 1);
        }
        for (PlacedOrder order : orders) {
            assertThat(delivered(order, "crm/upsert-contact")).as("exactly once").isEqualTo(1);
            assertThat(hops(order, "PARKED", "crm/upsert-contact")).isEqualTo(1);
            assertThat(simulators.salesOrders(order.number())).hasSize(1);
            assertThat(delivered(order, "archive/file-order")).isEqualTo(1);
            assertThat(hops(order, "PARKED", "archive/file-order")).as("the archive never waited for the CRM").isZero();
        }
    }

    @Test
    void aSystemDroppedInReceivesWithoutARedeployAndStopsWhenRemoved() throws Exception {
        Files.writeString(ARCHIVE, ARCHIVE_FILE.formatted("true"));
        await().atMost(RELOAD).until(() -> catalogHas("archive"));

        PlacedOrder filed = simulators.placeOrder();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> delivered(filed, "archive/file-order") == 1);
        assertThat(archivedKeys()).anyMatch(key -> key.startsWith("archive-"));

        Files.delete(ARCHIVE);
        await().atMost(RELOAD).until(() -> !catalogHas("archive"));
        int before = archivedKeys().size();
        PlacedOrder notFiled = simulators.placeOrder();
        await().atMost(FLOW).until(() -> delivered(notFiled, "crm/upsert-contact") == 1);

        List<String> fannedOut = interchange.timeline(notFiled.orderId()).stream()
                .filter(h -> "ENQUEUED".equals(h.path("hop").asText()) && "fan-out".equals(h.path("actor").asText()))
                .map(h -> h.path("detail").asText()).toList();
        assertThat(fannedOut).as("the archive's subscription went with its file; the others stay")
                .noneMatch(detail -> detail.startsWith("archive/")).anyMatch(detail -> detail.startsWith("crm/"));
        assertThat(archivedKeys()).hasSize(before);
    }

    @Test
    void inAMaintenanceWindowOfItsFileASystemsDeliveriesParkWithoutRetriesAndDrainAfterwards() throws Exception {
        String always = ARCHIVE_FILE.formatted("true").replace("operations:", """
                delivery:
                  maintenance:
                    - { days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], from: "%s", to: "%s", zone: UTC }
                operations:""".formatted(aroundNow(-60), aroundNow(60)));
        Files.writeString(ARCHIVE, always);
        await().atMost(RELOAD).until(() -> catalogHas("archive"));
        assertThat(system("archive").get("status").asText()).isEqualTo("MAINTENANCE");

        PlacedOrder order = simulators.placeOrder();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> hops(order, "PARKED", "archive/file-order") == 1);
        assertThat(delivered(order, "crm/upsert-contact")).as("others go on").isEqualTo(1);
        assertThat(delivered(order, "archive/file-order")).isZero();
        assertThat(hops(order, "ATTEMPT_FAILED", "archive/file-order")).as("no retry spent").isZero();

        Files.writeString(ARCHIVE, ARCHIVE_FILE.formatted("true"));
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> delivered(order, "archive/file-order") == 1);
        assertThat(system("archive").get("status").asText()).isEqualTo("ONLINE");
    }

    @Test
    void aMappingThatFailsIsAPermanentFailureResubmittedOnceTheFileIsFixed() throws Exception {
        Files.writeString(ARCHIVE, ARCHIVE_FILE.formatted("$number(data.order.customer.email)"));
        await().atMost(RELOAD).until(() -> catalogHas("archive"));

        PlacedOrder order = simulators.placeOrder();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> failed(order.orderId(), "archive/file-order").isPresent());
        JsonNode failure = failed(order.orderId(), "archive/file-order").orElseThrow();
        assertThat(failure.path("reason").asText()).contains("mapping archive/file-order request.body failed");
        assertThat(failure.path("system").asText()).isEqualTo("archive");
        assertThat(delivered(order, "crm/upsert-contact")).as("the CRM's delivery goes on").isEqualTo(1);

        Files.writeString(ARCHIVE, ARCHIVE_FILE.formatted("true"));
        await().atMost(RELOAD).until(() -> catalogBody("archive").contains("true"));
        HttpResponse<String> resubmitted = interchange.call("POST",
                "/api/v1/operations/failed/" + failure.get("id").asLong() + "/resubmit", OPS_KEY,
                "{\"note\":\"archive mapping fixed\"}");
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);

        await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> delivered(order, "archive/file-order") == 1);
    }

    @Test
    void aSystemOfTheCatalogSendsEventsInWithItsKeyWithinItsSourcesAndTypes() throws Exception {
        Files.writeString(FEED, FEED_FILE.formatted(sha256(FEED_KEY)));
        await().atMost(RELOAD).until(() -> catalogHas("stock-feed"));
        String id = Interchange.newId();

        HttpResponse<String> accepted = interchange.postEvent("application/cloudevents+json", FEED_KEY,
                stockEvent(id, "/stock/amsterdam", "stock.level.changed"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String delivery = await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> StreamSupport.stream(
                simulators.notifications().path("received").spliterator(), false)
                .filter(n -> n.path("idempotencyKey").asText().startsWith("stock-")
                        && ("SKU-" + id).equals(n.at("/body/sku").asText()))
                .map(n -> n.path("idempotencyKey").asText()).findFirst(), Optional::isPresent).get();
        assertThat(delivery).startsWith("stock-");
        assertThat(interchange.postEvent("application/cloudevents+json", FEED_KEY,
                stockEvent(Interchange.newId(), "/erp/cronus", "stock.level.changed")).statusCode())
                .as("a source it does not own").isEqualTo(403);
        assertThat(interchange.postEvent("application/cloudevents+json", FEED_KEY,
                stockEvent(Interchange.newId(), "/stock/amsterdam", "ecp.order.created")).statusCode())
                .as("a type it may not send").isEqualTo(403);

        Files.delete(FEED);
        await().atMost(RELOAD).until(() -> !catalogHas("stock-feed"));
        assertThat(interchange.postEvent("application/cloudevents+json", FEED_KEY,
                stockEvent(Interchange.newId(), "/stock/amsterdam", "stock.level.changed")).statusCode())
                .as("its key went with its file").isEqualTo(401);
    }

    /** The time of day in UTC so many minutes from now, as a catalog file writes it. */
    private static String aroundNow(int minutes) {
        return java.time.LocalTime.now(java.time.ZoneOffset.UTC).plusMinutes(minutes).withSecond(0).withNano(0).toString();
    }

    private static String stockEvent(String id, String source, String type) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\""
                + type + "\",\"subject\":\"SKU-" + id + "\",\"data\":{\"sku\":\"SKU-" + id + "\",\"level\":7}}";
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private JsonNode awaitContactWithLastOrder(String email, String number) {
        String id = email.toLowerCase(Locale.ROOT);
        return await().atMost(FLOW).pollInterval(Duration.ofMillis(300)).until(() -> contacts().stream()
                .filter(c -> id.equals(c.path("id").asText()) && number.equals(c.at("/lastOrder/number").asText()))
                .findFirst(), Optional::isPresent).get();
    }

    private List<JsonNode> contacts() {
        List<JsonNode> contacts = new ArrayList<>();
        simulators.crmContacts().forEach(contacts::add);
        return contacts;
    }

    private List<JsonNode> notificationsFor(String orderNumber) {
        return StreamSupport.stream(simulators.notifications().path("received").spliterator(), false)
                .filter(n -> orderNumber.equals(n.at("/body/order").asText())).toList();
    }

    private List<String> archivedKeys() {
        return StreamSupport.stream(simulators.notifications().path("received").spliterator(), false)
                .map(n -> n.path("idempotencyKey").asText()).filter(key -> key.startsWith("archive-")).toList();
    }

    private long delivered(PlacedOrder order, String consumer) {
        return hops(order, "DELIVERED", consumer);
    }

    private long hops(PlacedOrder order, String hop, String actor) {
        return interchange.hops(order.orderId(), hop, actor);
    }

    private Optional<JsonNode> failed(String businessKey, String consumer) {
        HttpResponse<String> response = interchange.get("/api/v1/operations/failed?status=OPEN&businessKey=" + businessKey,
                OPS_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json(response.body()).get("failed").spliterator(), false)
                .filter(f -> consumer.equals(f.path("consumer").asText())).findFirst();
    }

    private HttpResponse<String> setStatus(String system, String body) {
        return interchange.call("PUT", SYSTEMS + "/" + system + "/status", OPS_KEY, body);
    }

    private JsonNode system(String name) {
        for (JsonNode s : json(interchange.get(SYSTEMS, VIEWER_KEY).body()).get("systems")) {
            if (name.equals(s.get("system").asText())) {
                return s;
            }
        }
        throw new AssertionError("no system " + name);
    }

    private boolean catalogHas(String system) {
        return !catalogBody(system).isEmpty();
    }

    private String catalogBody(String system) {
        for (JsonNode s : json(interchange.get("/api/v1/catalog", VIEWER_KEY).body()).get("systems")) {
            if (system.equals(s.get("system").asText())) {
                return s.toString();
            }
        }
        return "";
    }
}
