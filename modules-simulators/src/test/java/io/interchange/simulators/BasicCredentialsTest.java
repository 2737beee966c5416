package io.interchange.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void reads_user_and_password_of_a_basic_header() {
        String header = "Basic " + Base64.getEncoder().encodeToString("client:s3:cret".getBytes(StandardCharsets.UTF_8));

        assertThat(BasicCredentials.of(header)).contains(new BasicCredentials("client", "s3:cret"));
        assertThat(BasicCredentials.of("basic " + header.substring(6))).isPresent();
        assertThat(new BasicCredentials("client", "s3:cret").header()).isEqualTo(header);
    }

    @Test
    void anything_else_is_no_credentials() {
        assertThat(BasicCredentials.of(null)).isEmpty();
        assertThat(BasicCredentials.of("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.of("Basic not-base64!")).isEmpty();
        assertThat(BasicCredentials.of("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(
                StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void compares_exactly() {
        assertThat(BasicCredentials.same("a", "a")).isTrue();
        assertThat(BasicCredentials.same("a", "A")).isFalse();
        assertThat(BasicCredentials.same(null, "a")).isFalse();
    }
}
