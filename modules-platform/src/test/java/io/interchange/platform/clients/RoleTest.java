package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.OPERATOR)).isTrue();
        assertThat(Role.ADMIN.includes(Role.VIEWER)).isTrue();
        assertThat(Role.OPERATOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.OPERATOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
        assertThat(Role.NONE.includes(Role.VIEWER)).isFalse();
    }

    @Test
    void parsesTheConfiguredNames() {
        assertThat(Role.parse("viewer")).isEqualTo(Role.VIEWER);
        assertThat(Role.parse(" Operator ")).isEqualTo(Role.OPERATOR);
        assertThat(Role.parse("admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.parse(null)).isEqualTo(Role.NONE);
        assertThat(Role.parse("")).isEqualTo(Role.NONE);
        assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("root");
        assertThatThrownBy(() -> Role.parse("none")).as("none is what absent means, not a value")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
