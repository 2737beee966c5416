package io.interchange.simulators.paypal;

import io.interchange.simulators.BasicCredentials;
import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PayPal's OAuth 2.0 client-credentials tokens: issued to a caller that authenticates with
 * {@code paypal.client-id} and {@code paypal.secret} (HTTP Basic), valid for
 * {@code sim.paypal.token-seconds}. A token carries its expiry and an HMAC over it keyed by the
 * client credentials, so nothing is stored: tokens outlive a reset and a restart of the
 * simulator (the platform caches its token for hours, as it should with the real PayPal), and
 * changing the credentials invalidates them.
 */
@ApplicationScoped
public class AccessTokens {

    /** PayPal's access tokens start like this; nothing depends on it. */
    static final String PREFIX = "A21AA";
    private static final String BEARER = "Bearer ";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A token as the token endpoint hands it out. */
    public record Token(String value, long expiresInSeconds) {
    }

    @Inject
    @ConfigProperty(name = "paypal.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "paypal.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "sim.paypal.token-seconds", defaultValue = "32400")
    long lifetimeSeconds;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong issued = new AtomicLong();

    public AccessTokens() {
        this.clock = Clock.systemUTC();
    }

    AccessTokens(String clientId, String secret, long lifetimeSeconds, Clock clock) {
        this.clientId = clientId;
        this.secret = secret;
        this.lifetimeSeconds = lifetimeSeconds;
        this.clock = clock;
    }

    /** Whether an {@code Authorization} header carries this client's id and secret. */
    public boolean authenticates(String authorization) {
        return BasicCredentials.of(authorization)
                .filter(c -> BasicCredentials.same(c.user(), clientId) && BasicCredentials.same(c.password(), secret))
                .isPresent();
    }

    /** A new token; call after {@link #authenticates}. */
    public Token issue() {
        long expires = clock.instant().getEpochSecond() + lifetimeSeconds;
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        String payload = expires + "." + HexFormat.of().formatHex(nonce);
        issued.incrementAndGet();
        return new Token(PREFIX + ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
                + ENCODER.encodeToString(mac(payload)), lifetimeSeconds);
    }

    /** Whether an {@code Authorization: Bearer} header carries a token issued here that has not expired. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        String token = authorization.substring(BEARER.length()).trim();
        int dot = token.lastIndexOf('.');
        if (!token.startsWith(PREFIX) || dot < PREFIX.length()) {
            return false;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length(), dot)),
                    StandardCharsets.US_ASCII);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return false;
            }
            long expires = Long.parseLong(payload.substring(0, payload.indexOf('.')));
            return clock.instant().getEpochSecond() < expires;
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return false;
        }
    }

    public long issued() {
        return issued.get();
    }

    /** A reset clears the count; the tokens stay valid (a client keeps its cached token). */
    void onReset(@Observes SimulatorReset reset) {
        issued.set(0);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((clientId + ':' + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
