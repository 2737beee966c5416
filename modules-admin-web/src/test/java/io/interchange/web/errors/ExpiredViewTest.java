package io.interchange.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredViewTest {

    @Test
    void goesBackToThePageTheFormCameFromWithANotice() {
        assertThat(ExpiredView.backTo("", "/register.xhtml")).isEqualTo("/register.xhtml?expired");
        assertThat(ExpiredView.backTo("/app", "/app/index.xhtml")).isEqualTo("/app/index.xhtml?expired");
    }

    @Test
    void neverLeavesTheApplication() {
        assertThat(ExpiredView.backTo("", "//evil.example/x.xhtml")).isEqualTo("/register.xhtml?expired");
        assertThat(ExpiredView.backTo("/app", "/other/x.xhtml")).isEqualTo("/app/register.xhtml?expired");
        assertThat(ExpiredView.backTo("", null)).isEqualTo("/register.xhtml?expired");
        assertThat(ExpiredView.backTo("", "/api/v1/x")).isEqualTo("/register.xhtml?expired");
    }
}
