package io.interchange.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyForbidsFramingPluginsAndForeignOrigins() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'")
                .doesNotContain("*", "http:", "https:");
        assertThat(SecurityHeaders.HEADERS).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY").containsEntry("Referrer-Policy", "same-origin");
        assertThat(SecurityHeaders.SERVER_NAME).doesNotContainPattern("\\d");
    }
}
