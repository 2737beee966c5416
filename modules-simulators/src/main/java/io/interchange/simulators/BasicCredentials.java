package io.interchange.simulators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The user and password of an {@code Authorization: Basic <base64(user:password)>} header, as
 * PayPal's token endpoint ({@code clientId:secret}) and Mailchimp ({@code anystring:apiKey})
 * take them.
 */
public record BasicCredentials(String user, String password) {

    private static final String SCHEME = "Basic ";

    /** The credentials of an {@code Authorization} header; empty when it is missing or not Basic. */
    public static Optional<BasicCredentials> of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** Compares in constant time, so the answer time tells nothing about how much matched. */
    public static boolean same(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The header value a client sends for these credentials. */
    public String header() {
        return SCHEME + Base64.getEncoder().encodeToString((user + ':' + password).getBytes(StandardCharsets.UTF_8));
    }
}
