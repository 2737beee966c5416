package io.interchange.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.clients.Role;
import org.junit.jupiter.api.Test;

class RoleGroupsTest {

    @Test
    void aViewerOnlyReads() {
        assertThat(RoleGroups.of(Role.VIEWER)).containsExactly("viewer");
    }

    @Test
    void anOperatorIsAViewerToo() {
        assertThat(RoleGroups.of(Role.OPERATOR)).containsExactlyInAnyOrder("viewer", "operator");
    }

    @Test
    void anAdminHasEveryRole() {
        assertThat(RoleGroups.of(Role.ADMIN)).containsExactlyInAnyOrder("viewer", "operator", "admin");
    }

    @Test
    void noRoleIsNoGroup() {
        assertThat(RoleGroups.of(Role.NONE)).isEmpty();
    }
}
