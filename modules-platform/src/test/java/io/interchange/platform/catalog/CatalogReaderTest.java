package io.interchange.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    static String demo(String file) throws IOException {
        return Files.readString(Path.of("../runtime/catalog", file));
    }

    static List<Refusal> refusals(String file, String text) {
        try {
            CatalogReader.read(file, text);
        } catch (CatalogFileRefused e) {
            return e.refusals();
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void readsTheDemoCrm() throws Exception {
        SystemDescription crm = CatalogReader.read("crm.yaml", demo("crm.yaml")).system();

        assertThat(crm.system()).isEqualTo("crm");
        assertThat(crm.owner().team()).isEqualTo("Sales IT");
        assertThat(crm.connection().auth()).isEqualTo(new Auth.Bearer(SecretReference.config("crm.token")));
        assertThat(crm.delivery().breaker().health().path()).isEqualTo("/health");
        assertThat(crm.delivery().maintenance()).as("no clock-driven parking in the demo and its tests").isEmpty();
        Operation upsert = crm.operation("upsert-contact").orElseThrow();
        assertThat(upsert.answers().meaning(503)).isEqualTo(Answers.Meaning.RETRY_LATER);
        assertThat(upsert.answers().meaning(404)).isEqualTo(Answers.Meaning.PERMANENT_FAILURE);
        assertThat(crm.subscriptions()).singleElement().extracting(Subscription::operation).isEqualTo("upsert-contact");
    }

    @Test
    void readsTheDemoNotificationsWithTheirDefaults() throws Exception {
        SystemDescription hook = CatalogReader.read("notifications.yaml", demo("notifications.yaml")).system();

        assertThat(hook.connection().auth()).isEqualTo(new Auth.ApiKeyHeader("X-Webhook-Key",
                SecretReference.environment("NOTIFICATIONS_WEBHOOK_KEY")));
        assertThat(hook.delivery().drainPerSecond()).isEqualTo(20);
        assertThat(hook.delivery().retry().maxRetries()).isEqualTo(5);
        assertThat(hook.operation("notify-shipment").orElseThrow().idempotencyKey().header()).isEqualTo("Idempotency-Key");
        assertThat(hook.operation("notify-shipment").orElseThrow().answers().meaning(409))
                .isEqualTo(Answers.Meaning.DELIVERED);
    }

    @Test
    void aJsonFileIsReadToo() throws Exception {
        String json = """
                {"system": "ledger", "name": "Ledger", "owner": {"team": "Finance", "email": "fin@example.org"},
                 "connection": {"baseUrl": "https://ledger.example.org/api", "auth": {"type": "none"}}}
                """;
        assertThat(CatalogReader.read("ledger.json", json).system().connection().baseUrl())
                .isEqualTo("https://ledger.example.org/api");
    }

    @Test
    void aMissingRequiredFieldIsNamedWithTheLineOfItsObject() throws Exception {
        String broken = demo("crm.yaml").replace("  baseUrl: ${crm.base-url:http://localhost:8096/crm/api}\n", "");

        assertThat(refusals("crm.yaml", broken)).anySatisfy(refusal -> {
            assertThat(refusal.file()).isEqualTo("crm.yaml");
            assertThat(refusal.field()).isEqualTo("/connection/baseUrl");
            assertThat(refusal.line()).isEqualTo(8); // "connection:"
            assertThat(refusal.reason()).contains("baseUrl");
        });
    }

    @Test
    void aWrongValueIsNamedWithItsOwnLine() throws Exception {
        String broken = demo("crm.yaml").replace("method: PUT", "method: FETCH");

        assertThat(refusals("crm.yaml", broken)).singleElement().satisfies(refusal -> {
            assertThat(refusal.field()).isEqualTo("/operations/0/method");
            assertThat(refusal.line()).isEqualTo(lineOf(broken, "method: FETCH"));
            assertThat(refusal.reason()).contains("\"PUT\"").endsWith(", not \"FETCH\"");
        });
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        String broken = demo("crm.yaml").replace("  timeouts:", "  tmeouts:");

        assertThat(refusals("crm.yaml", broken)).anySatisfy(refusal -> {
            assertThat(refusal.field()).isEqualTo("/connection/tmeouts");
            assertThat(refusal.line()).isEqualTo(lineOf(broken, "tmeouts"));
        });
    }

    @Test
    void aSecretWrittenIntoTheFileIsRefused() throws Exception {
        String broken = demo("crm.yaml").replace("token: { config: crm.token }", "token: s3cr3t-token");

        assertThat(refusals("crm.yaml", broken)).anySatisfy(refusal ->
                assertThat(refusal.field()).isEqualTo("/connection/auth/token"))
                .allSatisfy(refusal -> assertThat(refusal.reason()).doesNotContain("s3cr3t"));
    }

    @Test
    void authNeedsWhatItsSchemeNeeds() throws Exception {
        String broken = demo("crm.yaml").replace("type: bearer", "type: basic");

        assertThat(refusals("crm.yaml", broken)).extracting(Refusal::field)
                .contains("/connection/auth/username", "/connection/auth/password");
    }

    @Test
    void aBrokenMappingIsRefusedNamingIt() throws Exception {
        String broken = demo("crm.yaml").replace("customerId: $lowercase(data.order.customer.email)",
                "customerId: $lowercase(data.order.customer.email");

        assertThat(refusals("crm.yaml", broken)).singleElement().satisfies(refusal -> {
            assertThat(refusal.field()).isEqualTo("/operations/0/request/pathParameters/customerId");
            assertThat(refusal.reason()).contains("crm/upsert-contact request.pathParameters.customerId");
            assertThat(refusal.line()).isEqualTo(lineOf(broken, "customerId: $lowercase"));
        });
    }

    @Test
    void whatTheSchemaCannotSayIsCheckedToo() throws Exception {
        String broken = demo("crm.yaml")
                .replace("path: /contacts/{customerId}", "path: /contacts/{contactId}")
                .replace("operation: upsert-contact", "operation: upsert-kontakt")
                .replace("  backlogAlertSeconds: 3600\n", "  backlogAlertSeconds: 3600\n  maintenance:\n"
                        + "    - { days: [SUNDAY], from: \"02:00\", to: \"04:00\", zone: Europe/Atlantis }\n");

        assertThat(refusals("crm.yaml", broken)).extracting(Refusal::field).containsExactlyInAnyOrder(
                "/operations/0/path", "/subscriptions/0/operation", "/delivery/maintenance/0/zone");
    }

    @Test
    void theFileIsNamedAfterItsSystem() throws Exception {
        assertThat(refusals("customers.yaml", demo("crm.yaml"))).singleElement()
                .satisfies(refusal -> assertThat(refusal.reason()).contains("must be named crm.yaml"));
    }

    @Test
    void unparsableYamlIsRefusedWithItsLine() {
        assertThat(refusals("crm.yaml", "system: crm\nname: [unclosed\nowner: x\n")).singleElement()
                .satisfies(refusal -> {
                    assertThat(refusal.reason()).startsWith("not YAML");
                    assertThat(refusal.line()).isGreaterThan(1);
                });
    }

    @Test
    void aFieldWrittenTwiceIsRefusedNotSilentlyOverwritten() throws Exception {
        String twice = demo("crm.yaml").replace("name: Demo CRM\n", "name: Demo CRM\nname: Other CRM\n");

        assertThat(refusals("crm.yaml", twice)).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).contains("Duplicate field 'name'");
            assertThat(refusal.line()).isEqualTo(4);
        });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CatalogReader.read("crm.yaml", "")).isInstanceOf(CatalogFileRefused.class)
                .hasMessageContaining("empty");
    }

    static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }
}
