package io.interchange.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerNameTest {

    @Test
    void theConfiguredNameWins() {
        assertThat(ServerName.of(Optional.of(" node-1 ")).value()).isEqualTo("node-1");
    }

    @Test
    void withoutOneItIsTheHostAndTheProcess() {
        String name = ServerName.of(Optional.empty()).value();

        assertThat(name).endsWith("-" + ProcessHandle.current().pid()).hasSizeGreaterThan(2);
        assertThat(ServerName.of(Optional.of("  ")).value()).as("blank is none").isEqualTo(name);
    }

    @Test
    void aNameFitsItsColumns() {
        assertThat(new ServerName("x".repeat(300)).value()).hasSize(ServerName.LENGTH);
        assertThatThrownBy(() -> new ServerName(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
