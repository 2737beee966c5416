package io.interchange.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void without_a_configured_token_everyone_is_let_in() {
        BearerToken cut = new BearerToken(Optional.empty());

        assertThat(cut.required()).isFalse();
        assertThat(cut.accepts(null)).isTrue();
    }

    @Test
    void a_configured_token_must_be_sent_exactly_as_bearer() {
        BearerToken cut = new BearerToken(Optional.of("s3cret"));

        assertThat(cut.accepts("Bearer s3cret")).isTrue();
        assertThat(cut.accepts("bearer s3cret")).isTrue();
        assertThat(cut.accepts("Bearer wrong")).isFalse();
        assertThat(cut.accepts("Basic s3cret")).isFalse();
        assertThat(cut.accepts(null)).isFalse();
    }
}
