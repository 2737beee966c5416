package io.interchange.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.catalog.Auth;
import io.interchange.platform.catalog.SecretReference;
import io.interchange.platform.clients.MapConfig;
import io.interchange.platform.delivery.PermanentFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private final Credentials credentials = new Credentials();

    CredentialsTest() {
        credentials.config = new MapConfig(Map.of("crm.token", "t0ken", "crm.password", "pa:ss"));
    }

    @Test
    void eachSchemeBecomesItsHeaderWithTheSecretLookedUpNow() {
        assertThat(credentials.headers("crm", new Auth.Bearer(SecretReference.config("crm.token"))))
                .containsExactly(Map.entry("Authorization", "Bearer t0ken"));
        assertThat(credentials.headers("crm", new Auth.Basic("ada", SecretReference.config("crm.password"))))
                .containsExactly(Map.entry("Authorization", "Basic YWRhOnBhOnNz"));
        assertThat(credentials.headers("crm", new Auth.ApiKeyHeader("X-Key", SecretReference.config("crm.token"))))
                .containsExactly(Map.entry("X-Key", "t0ken"));
        assertThat(credentials.headers("crm", new Auth.None())).isEmpty();
    }

    @Test
    void aSecretWithoutValueIsAPermanentFailureNamingTheReferenceNotAValue() {
        assertThatThrownBy(() -> credentials.headers("crm", new Auth.Bearer(SecretReference.config("crm.missing"))))
                .isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("config:crm.missing").hasMessageContaining("has no value");
    }
}
