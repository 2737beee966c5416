package io.interchange.simulators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The token a simulated API expects in {@code Authorization: Bearer <token>}. When none is
 * configured every caller is let in (the local demo without secrets).
 */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final String expected;

    public BearerToken(Optional<String> configured) {
        this.expected = configured.filter(t -> !t.isBlank()).orElse(null);
    }

    public boolean required() {
        return expected != null;
    }

    /** Whether an {@code Authorization} header value carries the expected token. */
    public boolean accepts(String authorization) {
        if (expected == null) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] given = authorization.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }
}
