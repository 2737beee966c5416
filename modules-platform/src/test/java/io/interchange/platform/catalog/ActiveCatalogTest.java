package io.interchange.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.catalog.ActiveCatalog.ChangeKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActiveCatalogTest {

    private final ActiveCatalog catalog = new ActiveCatalog();
    private final Instant now = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void aRefusedChangeKeepsThePreviousVersionActive() throws Exception {
        String crm = CatalogReaderTest.demo("crm.yaml");
        assertThat(catalog.apply(Map.of("crm.yaml", crm), now)).extracting(ActiveCatalog.Change::kind)
                .containsExactly(ChangeKind.ADDED);

        var changes = catalog.apply(Map.of("crm.yaml", crm.replace("method: PUT", "method: FETCH")), now);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REFUSED);
            assertThat(change.after()).contains("crm.yaml:").contains("/operations/0/method");
        });
        assertThat(catalog.system("crm").orElseThrow().operation("upsert-contact").orElseThrow().method())
                .isEqualTo("PUT");
        assertThat(catalog.refused()).singleElement().extracting(ActiveCatalog.Refused::file).isEqualTo("crm.yaml");
    }

    @Test
    void anUnchangedFileChangesNothingAndAFixedOneIsAcceptedAgain() throws Exception {
        String crm = CatalogReaderTest.demo("crm.yaml");
        String broken = crm.replace("method: PUT", "method: FETCH");
        catalog.apply(Map.of("crm.yaml", broken), now);

        assertThat(catalog.apply(Map.of("crm.yaml", broken), now)).isEmpty();
        assertThat(catalog.active()).isEmpty();

        assertThat(catalog.apply(Map.of("crm.yaml", crm), now)).extracting(ActiveCatalog.Change::kind)
                .containsExactly(ChangeKind.ACCEPTED_AGAIN);
        assertThat(catalog.refused()).isEmpty();
    }

    @Test
    void aRemovedFileRemovesItsSystem() throws Exception {
        catalog.apply(Map.of("crm.yaml", CatalogReaderTest.demo("crm.yaml"),
                "notifications.yaml", CatalogReaderTest.demo("notifications.yaml")), now);

        var changes = catalog.apply(Map.of("notifications.yaml", CatalogReaderTest.demo("notifications.yaml")), now);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
            assertThat(change.system()).isEqualTo("crm");
        });
        assertThat(catalog.system("crm")).isEmpty();
        assertThat(catalog.system("notifications")).isPresent();
    }

    @Test
    void theViewShowsNoApiKeyHashes() throws Exception {
        String withKeys = CatalogReaderTest.demo("crm.yaml") + """
                inbound:
                  apiKeys: ["%s"]
                  signingSecret: { config: crm.signing-secret }
                  sources: ["/crm/*"]
                  eventTypes: [crm.contact.changed]
                """.formatted("a".repeat(64));
        catalog.apply(Map.of("crm.yaml", withKeys), now);

        String view = CatalogView.of("/catalog", catalog.active(), catalog.refused()).toString();

        assertThat(view).doesNotContain("a".repeat(64)).contains("\"apiKeyCount\":1")
                .contains("\"signingSecret\":{\"config\":\"crm.signing-secret\"}");
    }
}
