package io.interchange.platform.delivery;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * An identifier made safe to put into one segment of a URL path (or an OData key in it):
 * every byte outside RFC 3986's unreserved characters is percent-encoded, so {@code a/b},
 * {@code '}, spaces and {@code %} stay inside the segment. {@code .} and {@code ..} would still
 * walk the path whatever the encoding, so they are refused, as is an empty identifier.
 *
 * <p>The REST client encodes template values once more ({@code %} becomes {@code %25}) and
 * leaves {@code /} alone, so a literal slash could not be sent otherwise; {@link #undoReEncoding}
 * (a request filter of {@link RestEndpoint}) takes that second encoding off again.
 */
public final class PathSegment {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern RE_ENCODED = Pattern.compile("%25([0-9A-Fa-f]{2})");

    private PathSegment() {
    }

    /** @throws PermanentFailure when the identifier cannot be a path segment of {@code system}'s URLs */
    public static String encode(String system, String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.equals(".") || identifier.equals("..")) {
            throw new PermanentFailure(system, "the identifier \"" + identifier + "\" cannot be used in a URL path");
        }
        StringBuilder encoded = new StringBuilder(identifier.length());
        for (byte b : identifier.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }

    /**
     * Turns each {@code %25XX} (XX hexadecimal) of an encoded path back into {@code %XX}: the
     * REST client's encoding of a percent-encoded segment. A {@code %25} not followed by two hex
     * digits was a literal {@code %} of an identifier not passed through {@link #encode} and stays.
     */
    static String undoReEncoding(String rawPath) {
        return RE_ENCODED.matcher(rawPath).replaceAll("%$1");
    }
}
