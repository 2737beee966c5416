package io.interchange.registration.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The registration numbers the desk hands out, e.g. {@code REG-7K3QX9MA}: {@code REG-} and eight
 * letters or digits, none that reads like another (no I, O, 0 or 1). A number is also the
 * payment's idempotency key.
 */
public final class RegistrationIds {

    private static final char[] ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationIds() {
    }

    /** A new registration number. */
    public static String newRegistrationId() {
        StringBuilder id = new StringBuilder("REG-");
        for (int i = 0; i < 8; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        return id.toString();
    }

    /** True for a registration number: {@code REG-} and eight letters or digits. */
    public static boolean isRegistrationId(String value) {
        return value != null && value.matches("REG-[A-Z2-9]{8}");
    }

    /** The registration id for a client's idempotency key: the same key always gives the same registration. */
    public static String registrationIdFor(String client, String idempotencyKey) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256")
                    .digest((client + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder id = new StringBuilder("REG-");
        for (int i = 0; i < 8; i++) {
            id.append(ID_ALPHABET[(hash[i] & 0xff) % ID_ALPHABET.length]);
        }
        return id.toString();
    }
}
