package io.interchange.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    static Connection at(String baseUrl) {
        return new Connection(baseUrl, new Auth.None(), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void aBaseUrlFromConfigurationElseItsDefault() {
        Connection crm = at("${crm.base-url:http://localhost:8096/crm/api}");

        assertThat(crm.baseUrl(Map.of("crm.base-url", "https://crm.example.org/api")::get))
                .isEqualTo("https://crm.example.org/api");
        assertThat(crm.baseUrl(key -> null)).isEqualTo("http://localhost:8096/crm/api");
        assertThat(at("${crm.host}/api/v2").baseUrl(Map.of("crm.host", "https://crm.example.org")::get))
                .isEqualTo("https://crm.example.org/api/v2");
        assertThat(at("https://fixed.example.org").baseUrl(key -> "ignored")).isEqualTo("https://fixed.example.org");
    }

    @Test
    void aMissingValueWithoutDefaultIsNamed() {
        assertThatThrownBy(() -> at("${crm.base-url}").baseUrl(key -> null))
                .hasMessageContaining("crm.base-url");
    }
}
