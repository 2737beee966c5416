package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API facade and manual messages: a catalog operation called through Interchange with the
 * caller's key, role and quota, its input checked against its schema, the target's failures
 * answered as problem details; the async form and a manual message delivered over the bus, on
 * the timeline, a manual one in the audit trail.
 */
class FacadeIT extends DeployedPlatform {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final Path DIRECTORY = Path.of(System.getProperty("interchange.root", ".."),
            ".runtime/test/catalog/directory.yaml");

    /** The simulated CRM's contacts, as a directory other systems call through Interchange. */
    private static final String DIRECTORY_FILE = """
            system: directory
            name: Contact directory
            owner: { team: Sales IT, email: sales-it@example.org }
            connection:
              baseUrl: ${crm.base-url}
              auth: { type: bearer, token: { config: crm.token } }
              timeouts: { connectMs: 1000, readMs: 1500 }
            delivery:
              retry: { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 1000 }
            operations:
              - name: find-contact
                method: GET
                path: /contacts/{id}
                request:
                  pathParameters: { id: data.email }
                answers: { delivered: ["2xx"], retry: ["5xx"], permanent: ["4xx"] }
                facade: { role: viewer, quotaPerSecond: 0.2, burst: 2 }
              - name: save-contact
                method: PUT
                path: /contacts/{id}
                inputSchema:
                  type: object
                  required: [email]
                  properties:
                    email: { type: string, minLength: 3 }
                    name: { type: string }
                request:
                  pathParameters: { id: data.email }
                  body: '{ "email": data.email, "name": data.name }'
                idempotencyKey: { template: "'directory-' & id" }
                answers: { delivered: ["2xx"], retry: ["5xx"], permanent: ["4xx"] }
            """;

    private final Simulators simulators = new Simulators();

    @BeforeAll
    static void dropTheDirectoryIn() throws IOException {
        Files.writeString(DIRECTORY, DIRECTORY_FILE);
        Interchange platform = new Interchange();
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/v1/catalog", VIEWER_KEY).body()
                .contains("\"directory\""));
    }

    @AfterAll
    static void removeTheDirectory() throws IOException {
        Files.deleteIfExists(DIRECTORY);
    }

    @AfterEach
    void healTheCrm() {
        simulators.clearFaults();
    }

    private HttpResponse<String> call(String operation, String apiKey, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(interchange.baseUrl
                + "/api/v1/systems/directory/operations/" + operation));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return interchange.post(request, "application/json", apiKey, body);
    }

    private static String email() {
        return "ada-" + System.nanoTime() + "@example.org";
    }

    @Test
    void aCallThatSucceedsAnswersWithTheTargetsAnswerAndIsOnTheTimeline() {
        String email = email();
        String key = "facade-" + System.nanoTime();

        HttpResponse<String> saved = call("save-contact", OPS_KEY, "{\"email\":\"" + email + "\",\"name\":\"Ada\"}",
                "X-Business-Key", key);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(json(saved.body()).get("email").asText()).isEqualTo(email);
        assertThat(interchange.timeline(key)).extracting(hop -> hop.get("hop").asText())
                .contains("RECEIVED", "DELIVERED");
        HttpResponse<String> found = call("find-contact", VIEWER_KEY, "{\"email\":\"" + email + "\"}");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found.body()).get("name").asText()).isEqualTo("Ada");
    }

    @Test
    void theFacadesOpenApiDocumentsEveryOperationOfTheCatalogInForce() {
        HttpResponse<String> document = interchange.get("/api/v1/systems/openapi", null);

        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode paths = json(document.body()).get("paths");
        assertThat(paths.has("/api/v1/systems/directory/operations/save-contact")).isTrue();
        assertThat(paths.has("/api/v1/systems/crm/operations/upsert-contact")).isTrue();
        assertThat(paths.at("/~1api~1v1~1systems~1directory~1operations~1save-contact/post/requestBody/content"
                + "/application~1json/schema/required/0").asText()).isEqualTo("email");
    }

    @Test
    void inputThatBreaksTheSchemaIsRefusedNamingTheField() {
        HttpResponse<String> refused = call("save-contact", OPS_KEY, "{\"name\":\"no email\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        assertThat(json(refused.body()).at("/errors/0/pointer").asText()).isEqualTo("/email");
        assertThat(call("save-contact", OPS_KEY, "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void aKeyWithoutTheRoleIsRefusedAndAnUnknownOperationIsNotFound() {
        HttpResponse<String> viewer = call("save-contact", VIEWER_KEY, "{\"email\":\"" + email() + "\"}");
        assertThat(viewer.statusCode()).as(viewer.body()).isEqualTo(403);
        assertThat(json(viewer.body()).get("detail").asText()).contains("operator");
        assertThat(call("save-contact", null, "{}").statusCode()).isEqualTo(401);
        assertThat(call("no-such-operation", OPS_KEY, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void overTheOperationsQuotaIsTooManyRequests() {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = call("find-contact", OPS_KEY, "{\"email\":\"nobody-" + i + "@example.org\"}");
            statuses.add(last.statusCode());
        }
        assertThat(statuses).as("a burst of 2, then one call every 5 s").startsWith(502, 502).contains(429);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aTargetFailureIsBadGatewayAndATargetTooSlowIsGatewayTimeout() {
        simulators.fault("crm", "{\"errorRate\":1.0,\"errorStatus\":500}");
        HttpResponse<String> failed = call("save-contact", OPS_KEY, "{\"email\":\"" + email() + "\"}");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(502);
        assertThat(json(failed.body()).get("detail").asText()).contains("answered 500");

        simulators.fault("crm", "{\"errorRate\":1.0,\"errorStatus\":503}");
        HttpResponse<String> busy = call("save-contact", OPS_KEY, "{\"email\":\"" + email() + "\"}");
        assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).isPresent();

        simulators.fault("crm", "{\"latencyMs\":3000}");
        HttpResponse<String> slow = call("save-contact", OPS_KEY, "{\"email\":\"" + email() + "\"}");
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(504);
        assertThat(slow.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
    }

    @Test
    void theAsyncFormReachesTheTargetThroughRetries() {
        simulators.fault("crm", "{\"errorRate\":1.0,\"errorStatus\":503}");
        String email = email();

        HttpResponse<String> accepted = call("save-contact", OPS_KEY, "{\"email\":\"" + email + "\"}",
                "Prefer", "respond-async");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String messageId = json(accepted.body()).get("messageId").asText();
        assertThat(accepted.headers().firstValue("Location")).get().asString().endsWith(messageId);
        await().atMost(FLOW).until(() -> interchange.count(messageId, "ATTEMPT_FAILED", "directory/save-contact") >= 1);
        simulators.clearFaults();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> interchange.count(messageId, "DELIVERED", "directory/save-contact") == 1);
        assertThat(contactExists(email)).isTrue();
    }

    @Test
    void aManualMessageIsDeliveredTrackedAndAudited() {
        String email = email();
        HttpResponse<String> sent = interchange.call("POST", "/api/v1/operations/messages", OPS_KEY,
                "{\"system\":\"directory\",\"operation\":\"save-contact\",\"data\":{\"email\":\"" + email
                        + "\",\"name\":\"Grace\"},\"note\":\"customer called in\"}");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String messageId = json(sent.body()).get("messageId").asText();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> interchange.count(messageId, "DELIVERED", "directory/save-contact") == 1);
        assertThat(interchange.hops(messageId)).anySatisfy(hop -> assertThat(hop.get("detail").asText())
                .contains("by ops").contains("customer called in"));
        assertThat(contactExists(email)).isTrue();
        String audit = interchange.get("/api/v1/operations/audit?limit=20", OPS_KEY).body();
        assertThat(audit).contains("MANUAL_MESSAGE_SENT").contains(messageId).contains("customer called in");
    }

    @Test
    void aManualMessageBreakingTheSchemaOrFromAViewerIsRefused() {
        HttpResponse<String> invalid = interchange.call("POST", "/api/v1/operations/messages", OPS_KEY,
                "{\"system\":\"directory\",\"operation\":\"save-contact\",\"data\":{\"email\":\"x\"}}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(json(invalid.body()).at("/errors/0/pointer").asText()).isEqualTo("/email");

        HttpResponse<String> viewer = interchange.call("POST", "/api/v1/operations/messages", VIEWER_KEY,
                "{\"system\":\"directory\",\"operation\":\"save-contact\",\"data\":{\"email\":\"" + email() + "\"}}");
        assertThat(viewer.statusCode()).isEqualTo(403);

        HttpResponse<String> unknown = interchange.call("POST", "/api/v1/operations/messages", OPS_KEY,
                "{\"system\":\"directory\",\"operation\":\"drop-table\",\"data\":{}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    private boolean contactExists(String email) {
        JsonNode contacts = simulators.crmContacts();
        for (JsonNode contact : contacts) {
            if (email.equals(contact.path("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
