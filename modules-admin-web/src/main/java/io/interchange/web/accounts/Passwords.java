package io.interchange.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashes of console passwords (Jakarta Security's {@link Pbkdf2PasswordHash}): HMAC-SHA512
 * with 210,000 iterations and a 32-byte salt, as OWASP's password storage guidance recommends.
 * The parameters travel inside each hash, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    /** Checked against when the name is unknown, so an unknown name takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("not a password of anyone".toCharArray());
    }

    String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    }
}
