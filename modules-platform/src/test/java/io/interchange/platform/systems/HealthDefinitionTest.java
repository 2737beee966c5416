package io.interchange.platform.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A probe counts a system as back only on an answer its health definition accepts. */
class HealthDefinitionTest {

    @Test
    void byDefaultOnlyASuccessMeansBack() {
        HealthDefinition health = HealthDefinition.of("", null, Optional.empty());

        assertThat(health.accepts(200)).isTrue();
        assertThat(health.accepts(204)).isTrue();
        assertThat(health.accepts(503)).as("an ERP answering 503 for hours is not back").isFalse();
        assertThat(health.accepts(500)).isFalse();
        assertThat(health.accepts(404)).isFalse();
        assertThat(health.accepts(401)).isFalse();
    }

    @Test
    void exactStatusesAndRangesCanBeAdded() {
        HealthDefinition health = HealthDefinition.of("/orders/0", "2xx, 404", Optional.empty());

        assertThat(health.accepts(404)).isTrue();
        assertThat(health.accepts(201)).isTrue();
        assertThat(health.accepts(400)).isFalse();
        assertThat(health.accepts(502)).isFalse();
    }

    @Test
    void thePathIsAppendedToTheBaseUrl() {
        assertThat(HealthDefinition.of("/ping", null, Optional.empty()).url("http://mc/3.0")).isEqualTo("http://mc/3.0/ping");
        assertThat(HealthDefinition.of("ping", null, Optional.empty()).url("http://mc/3.0/")).isEqualTo("http://mc/3.0/ping");
        assertThat(HealthDefinition.of("/ping", null, Optional.empty()).url("http://mc/3.0/")).isEqualTo("http://mc/3.0/ping");
        assertThat(HealthDefinition.of("", null, Optional.empty()).url("http://erp/api")).isEqualTo("http://erp/api");
    }

    @Test
    void aBlankAuthorizationIsNone() {
        assertThat(HealthDefinition.of("", null, Optional.of(" ")).authorization()).isEmpty();
        assertThat(HealthDefinition.of("", null, Optional.of("Bearer t")).authorization()).contains("Bearer t");
    }

    @Test
    void nonsenseStatusesAreRefusedWithTheValue() {
        assertThatThrownBy(() -> HealthDefinition.of("", "ok", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ok\"");
        assertThatThrownBy(() -> HealthDefinition.of("", "6xx", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
