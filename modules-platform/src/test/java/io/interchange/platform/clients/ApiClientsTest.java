package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiClientsTest {

    @Test
    void findsAClientByItsKeyWithoutKeepingTheKey() {
        ApiClients cut = new ApiClients();
        ApiClient ecp = new ApiClient("ecp", ApiClients.hash("secret-key"), Set.of("ecp.order.created"), null,
                Role.NONE);
        cut.register(ecp);

        assertThat(cut.byKey("secret-key")).contains(ecp);
        assertThat(cut.byKey("secret-kez")).isEmpty();
        assertThat(cut.byKey("")).isEmpty();
        assertThat(cut.byKey(null)).isEmpty();
        assertThat(new String(ecp.keyHash(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("secret-key");
    }

    @Test
    void aClientMaySendOnlyItsTypes() {
        ApiClient erp = new ApiClient("erp", new byte[32], Set.of("erp.salesorder.changed"), null, Role.NONE);

        assertThat(erp.maySend("erp.salesorder.changed")).isTrue();
        assertThat(erp.maySend("ecp.order.created")).isFalse();
    }

    @Test
    void aClientOwnsItsSourcesExactlyOrByPrefix() {
        ApiClient erp = new ApiClient("erp", new byte[32], Set.of("erp.salesorder.changed"), null, Role.NONE,
                List.of("/erp/*", "https://erp.example.com/feed"));

        assertThat(erp.ownsSource("/erp/cronus")).isTrue();
        assertThat(erp.ownsSource("https://erp.example.com/feed")).isTrue();
        assertThat(erp.ownsSource("/ecp/shop-eu")).as("the shop's source").isFalse();
        assertThat(erp.ownsSource("/erp")).isFalse();
        assertThat(erp.ownsSource("https://erp.example.com/feed/x")).as("exact, not a prefix").isFalse();
        assertThat(new ApiClient("ops", new byte[32], Set.of(), null, Role.OPERATOR).ownsSource("/ecp/x"))
                .as("no sources configured: owns none").isFalse();
    }

    @Test
    void readsEachClientsSourcesFromConfiguration() {
        ApiClients cut = new ApiClients();
        cut.config = new MapConfig(Map.of("interchange.clients", "ecp,erp",
                "ecp.api-key", "ecp-key", "interchange.client.ecp.event-types", "ecp.order.created",
                "interchange.client.ecp.sources", "/ecp/*",
                "erp.api-key", "erp-key", "interchange.client.erp.event-types", "erp.salesorder.changed"));
        cut.load();

        assertThat(cut.byKey("ecp-key").orElseThrow().ownsSource("/ecp/shop-eu")).isTrue();
        assertThat(cut.byKey("erp-key").orElseThrow().sources()).as("none configured").isEmpty();
    }

    @Test
    void readsEachClientsRoleFromConfiguration() {
        ApiClients cut = new ApiClients();
        cut.config = new MapConfig(Map.ofEntries(
                Map.entry("interchange.clients", "ecp,ops,viewer,boss,typo,nokey"),
                Map.entry("ecp.api-key", "ecp-key"),
                Map.entry("ops.api-key", "ops-key"), Map.entry("interchange.client.ops.role", "operator"),
                Map.entry("viewer.api-key", "viewer-key"), Map.entry("interchange.client.viewer.role", "viewer"),
                Map.entry("boss.api-key", "boss-key"), Map.entry("interchange.client.boss.role", "ADMIN"),
                Map.entry("typo.api-key", "typo-key"), Map.entry("interchange.client.typo.role", "superuser"),
                Map.entry("interchange.client.nokey.role", "admin")));
        cut.load();

        assertThat(cut.byKey("ecp-key")).map(ApiClient::role).contains(Role.NONE);
        assertThat(cut.byKey("ops-key")).map(ApiClient::role).contains(Role.OPERATOR);
        assertThat(cut.byKey("viewer-key")).map(ApiClient::role).contains(Role.VIEWER);
        assertThat(cut.byKey("boss-key")).map(ApiClient::role).contains(Role.ADMIN);
        assertThat(cut.byKey("typo-key")).map(ApiClient::role).as("an unknown role is no role").contains(Role.NONE);
    }

    @Test
    void aRoleGrantsWhatTheRolesBelowItMayDo() {
        ApiClient viewer = new ApiClient("viewer", new byte[32], Set.of(), null, Role.VIEWER);
        ApiClient operator = new ApiClient("ops", new byte[32], Set.of(), null, Role.OPERATOR);
        ApiClient none = new ApiClient("ecp", new byte[32], Set.of(), null, null);

        assertThat(viewer.has(Role.VIEWER)).isTrue();
        assertThat(viewer.has(Role.OPERATOR)).isFalse();
        assertThat(operator.has(Role.VIEWER)).isTrue();
        assertThat(operator.has(Role.OPERATOR)).isTrue();
        assertThat(operator.has(Role.ADMIN)).isFalse();
        assertThat(none.role()).isEqualTo(Role.NONE);
        assertThat(none.has(Role.VIEWER)).isFalse();
    }
}
