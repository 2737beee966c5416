package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The system catalog of the running platform: a file dropped into its folder is in force within
 * seconds, without a redeploy; a broken version is refused with file, line and field while the
 * previous version stays, and an alert says so; every change is audited; secrets never show.
 */
class CatalogIT extends DeployedPlatform {

    private static final Duration RELOAD = Duration.ofSeconds(20);
    private static final Path FOLDER = Path.of(System.getProperty("interchange.root", ".."), ".runtime/test/catalog");
    private static final Path LEDGER = FOLDER.resolve("ledger.yaml");

    private static final String LEDGER_V1 = """
            system: ledger
            name: General ledger
            owner: { team: Finance IT, email: finance-it@example.org }
            connection:
              baseUrl: https://ledger.example.org/api
              auth:
                type: oauth2-client-credentials
                tokenUrl: https://login.example.org/oauth2/token
                clientId: interchange
                clientSecret: { env: LEDGER_CLIENT_SECRET }
            inbound:
              apiKeys: ["%s"]
            operations:
              - name: book-invoice
                method: POST
                path: /journals
                request:
                  body: "{ 'reference': correlationid, 'amount': data.total }"
                answers: { delivered: ["2xx"] }
            subscriptions:
              - name: invoices
                operation: book-invoice
                filter: { type: interchange.erp.order.* }
            """.formatted("b".repeat(64));

    @AfterEach
    void removeTheLedger() throws IOException {
        Files.deleteIfExists(LEDGER);
    }

    private JsonNode catalog() {
        var response = interchange.get("/api/v1/catalog", VIEWER_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private Optional<JsonNode> system(JsonNode catalog, String name) {
        return StreamSupport.stream(catalog.get("systems").spliterator(), false)
                .filter(system -> name.equals(system.get("system").asText())).findFirst();
    }

    private Optional<JsonNode> refused(JsonNode catalog, String file) {
        return StreamSupport.stream(catalog.get("refused").spliterator(), false)
                .filter(refused -> file.equals(refused.get("file").asText())).findFirst();
    }

    private Optional<JsonNode> alert(String incidentKey) {
        return StreamSupport.stream(json(interchange.get("/api/v1/operations/alerts", VIEWER_KEY).body())
                .get("alerts").spliterator(), false)
                .filter(alert -> incidentKey.equals(alert.get("incidentKey").asText())).findFirst();
    }

    @Test
    void theDemoSystemsAreKnownThroughTheirFilesOnly() {
        JsonNode catalog = catalog();

        assertThat(system(catalog, "crm")).isPresent();
        assertThat(system(catalog, "notifications")).isPresent();
        assertThat(system(catalog, "crm").get().at("/connection/auth/token/config").asText()).isEqualTo("crm.token");
    }

    @Test
    void aKeyIsNeeded() {
        assertThat(interchange.get("/api/v1/catalog", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aFileDroppedInIsLiveARefusedChangeKeepsThePreviousVersionAndARemovedFileIsGone() throws Exception {
        Files.writeString(LEDGER, LEDGER_V1);

        JsonNode ledger = await().atMost(RELOAD).until(() -> system(catalog(), "ledger"), Optional::isPresent).get();
        assertThat(ledger.at("/operations/0/name").asText()).isEqualTo("book-invoice");
        assertThat(ledger.at("/inbound/apiKeyCount").asInt()).isEqualTo(1);
        assertThat(ledger.toString()).doesNotContain("b".repeat(64));

        Files.writeString(LEDGER, LEDGER_V1.replace("method: POST", "method: FETCH"));

        JsonNode refusal = await().atMost(RELOAD).until(() -> refused(catalog(), "ledger.yaml"), Optional::isPresent)
                .get().at("/problems/0");
        assertThat(refusal.get("line").asInt()).isEqualTo(15);
        assertThat(refusal.get("field").asText()).isEqualTo("/operations/0/method");
        assertThat(refusal.get("reason").asText()).contains("FETCH").isNotBlank();
        assertThat(system(catalog(), "ledger")).as("the previous version stays").get()
                .satisfies(active -> assertThat(active.at("/operations/0/method").asText()).isEqualTo("POST"));
        JsonNode alert = await().atMost(RELOAD).until(() -> alert("CATALOG_REFUSED|ledger.yaml"), Optional::isPresent)
                .get();
        assertThat(alert.get("status").asText()).isEqualTo("OPEN");
        assertThat(alert.get("detail").asText()).contains("ledger.yaml:15").contains("/operations/0/method");

        Files.writeString(LEDGER, LEDGER_V1.replace("path: /journals", "path: /journal-entries"));

        await().atMost(RELOAD).until(() -> system(catalog(), "ledger")
                .map(active -> active.at("/operations/0/path").asText()).orElse(""), "/journal-entries"::equals);
        assertThat(refused(catalog(), "ledger.yaml")).isEmpty();
        assertThat(alert("CATALOG_REFUSED|ledger.yaml")).get()
                .satisfies(resolved -> assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED"));

        Files.delete(LEDGER);

        await().atMost(RELOAD).until(() -> system(catalog(), "ledger").isEmpty());
        String audit = interchange.get("/api/v1/operations/audit?limit=50", OPS_KEY).body();
        assertThat(audit).contains("CATALOG_CHANGED").contains("ADDED ledger.yaml").contains("REFUSED ledger.yaml")
                .contains("ACCEPTED_AGAIN ledger.yaml").contains("REMOVED ledger.yaml");
    }
}
