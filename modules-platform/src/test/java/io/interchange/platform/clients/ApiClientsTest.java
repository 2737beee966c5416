package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
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

    /** Just enough of MicroProfile Config for {@link ApiClients#load()}: strings and comma lists. */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of((T) (type == String[].class ? value.split(",") : value));
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow();
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return Set.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
