package io.interchange.platform.clients;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature scheme: {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<raw body>">}, several space-separated signatures allowed
 * (secret rotation), timestamps more than five minutes from now refused (replays).
 */
public final class WebhookSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String SECRET_PREFIX = "whsec_";
    /** At most 18 digits: always a long, and far beyond any real time. */
    private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,18}");

    private final byte[] key;

    /** @param secret {@code whsec_<base64>} (the prefix is optional) */
    public WebhookSignature(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        this.key = Base64.getDecoder().decode(encoded);
    }

    /** Why a signature is refused, or {@code null} when it is valid. */
    public String refusal(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return "the webhook-id, webhook-timestamp and webhook-signature headers are required";
        }
        if (!UNIX_SECONDS.matcher(timestamp.trim()).matches()) {
            return "webhook-timestamp must be unix seconds (digits only)";
        }
        // Compared as numbers: an Instant of an absurd value (Long.MAX_VALUE) would overflow.
        long seconds = Long.parseLong(timestamp.trim());
        long nowSeconds = now.getEpochSecond();
        if (seconds < nowSeconds - TOLERANCE.toSeconds() || seconds > nowSeconds + TOLERANCE.toSeconds()) {
            return "webhook-timestamp is more than 5 minutes away from now";
        }
        byte[] expected = sign(id, timestamp.trim(), body);
        for (String candidate : signatures.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !"v1".equals(candidate.substring(0, comma))) {
                continue;
            }
            byte[] presented;
            try {
                presented = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, presented)) {
                return null;
            }
        }
        return "no webhook-signature matches the body";
    }

    /** The v1 signature of a message, base64-encoded, as a sender puts it in the header. */
    public String header(String id, String timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(id, timestamp, body));
    }

    private byte[] sign(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
