package io.interchange.simulators.paypal;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.simulators.BasicCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final AccessTokens cut = new AccessTokens("client", "secret", 3600, Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void only_the_client_id_and_secret_authenticate() {
        assertThat(cut.authenticates(new BasicCredentials("client", "secret").header())).isTrue();
        assertThat(cut.authenticates(new BasicCredentials("client", "wrong").header())).isFalse();
        assertThat(cut.authenticates(new BasicCredentials("other", "secret").header())).isFalse();
        assertThat(cut.authenticates(null)).isFalse();
    }

    @Test
    void an_issued_token_is_accepted_until_it_expires() {
        AccessTokens.Token token = cut.issue();

        assertThat(token.expiresInSeconds()).isEqualTo(3600);
        assertThat(cut.accepts("Bearer " + token.value())).isTrue();
        assertThat(later(Duration.ofSeconds(3599)).accepts("Bearer " + token.value())).isTrue();
        assertThat(later(Duration.ofSeconds(3600)).accepts("Bearer " + token.value())).isFalse();
        assertThat(cut.issued()).isEqualTo(1);
    }

    @Test
    void a_token_survives_a_restart_of_the_simulator_but_not_new_credentials() {
        String token = "Bearer " + cut.issue().value();

        assertThat(new AccessTokens("client", "secret", 3600, Clock.fixed(T0, ZoneOffset.UTC)).accepts(token)).isTrue();
        assertThat(new AccessTokens("client", "rotated", 3600, Clock.fixed(T0, ZoneOffset.UTC)).accepts(token))
                .isFalse();
    }

    @Test
    void forged_or_malformed_tokens_are_refused() {
        String token = cut.issue().value();
        String forgedExpiry = AccessTokens.PREFIX + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("9999999999.00".getBytes()) + token.substring(token.lastIndexOf('.'));

        assertThat(cut.accepts("Bearer " + forgedExpiry)).isFalse();
        assertThat(cut.accepts("Bearer " + token.substring(0, token.length() - 2))).isFalse();
        assertThat(cut.accepts("Bearer garbage")).isFalse();
        assertThat(cut.accepts("Basic " + token)).isFalse();
        assertThat(cut.accepts(null)).isFalse();
    }

    private static AccessTokens later(Duration after) {
        return new AccessTokens("client", "secret", 3600, Clock.fixed(T0.plus(after), ZoneOffset.UTC));
    }
}
