package io.interchange.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.clients.Role;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void aPlainNameALongPasswordAndARoleAreAccepted() {
        assertThatCode(() -> AccountRules.check("Grace.Hopper", "a long enough passphrase", Role.OPERATOR))
                .doesNotThrowAnyException();
        assertThat(AccountRules.normalName("  Grace.Hopper ")).isEqualTo("grace.hopper");
    }

    @Test
    void aShortPasswordIsRefusedNamingThePasswordField() {
        assertThatThrownBy(() -> AccountRules.check("grace", "short", Role.VIEWER))
                .isInstanceOfSatisfying(AccountRefused.class, e -> assertThat(e.field()).isEqualTo("password"))
                .hasMessageContaining("at least 12");
    }

    @Test
    void aPasswordThatContainsTheNameIsRefused() {
        assertThatThrownBy(() -> AccountRules.check("grace", "Grace-1234567890", Role.VIEWER))
                .isInstanceOfSatisfying(AccountRefused.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void aTooLongPasswordIsRefused() {
        assertThatThrownBy(() -> AccountRules.check("grace", "x".repeat(129), Role.VIEWER))
                .isInstanceOfSatisfying(AccountRefused.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void namesWithSpacesOrMarkupAreRefused() {
        for (String name : new String[] {"", "a", "grace hopper", "<script>", "x".repeat(65)}) {
            assertThatThrownBy(() -> AccountRules.check(name, "a long enough passphrase", Role.VIEWER))
                    .as(name).isInstanceOfSatisfying(AccountRefused.class, e -> assertThat(e.field()).isEqualTo("name"));
        }
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> AccountRules.check("grace", "a long enough passphrase", Role.NONE))
                .isInstanceOfSatisfying(AccountRefused.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThatThrownBy(() -> AccountRules.check("grace", "a long enough passphrase", null))
                .isInstanceOf(AccountRefused.class);
    }
}
