package io.interchange.platform.clients;

import java.util.Set;

/**
 * A calling system.
 *
 * @param name          the system's name, e.g. {@code ecp}
 * @param keyHash       SHA-256 of its API key; the key itself is never kept
 * @param allowedTypes  the event types it may send
 * @param signingSecret its Standard Webhooks secret ({@code whsec_...}), or null if it does not sign
 * @param role          what it may do with the operations API ({@link Role#NONE}: nothing)
 */
public record ApiClient(String name, byte[] keyHash, Set<String> allowedTypes, String signingSecret, Role role) {

    public ApiClient {
        role = role == null ? Role.NONE : role;
    }

    public boolean has(Role needed) {
        return role.includes(needed);
    }

    public boolean maySend(String type) {
        return allowedTypes.contains(type);
    }

    public boolean signs() {
        return signingSecret != null && !signingSecret.isBlank();
    }

    @Override
    public String toString() {
        return "ApiClient[" + name + "]";
    }
}
