package io.interchange.simulators.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: {@code v1,<base64 HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>},
 * where the key is the base64-decoded part of a {@code whsec_<base64>} secret (the prefix is
 * optional, as in the reference libraries).
 */
public final class WebhookSignature {

    private static final String PREFIX = "whsec_";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /** @throws IllegalArgumentException when the secret is not {@code whsec_} + base64 */
    public static WebhookSignature fromSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the signing secret is empty");
        }
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            byte[] key = Base64.getDecoder().decode(encoded.trim());
            if (key.length == 0) {
                throw new IllegalArgumentException("the signing secret decodes to no bytes");
            }
            return new WebhookSignature(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the signing secret must be whsec_ followed by base64 (Standard Webhooks): " + e.getMessage(), e);
        }
    }

    /** The {@code webhook-signature} header value for one message. */
    public String sign(String webhookId, long timestamp, String body) {
        String signed = webhookId + "." + timestamp + "." + body;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
