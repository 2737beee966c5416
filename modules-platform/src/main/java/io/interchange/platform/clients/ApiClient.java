package io.interchange.platform.clients;

import java.util.List;
import java.util.Set;

/**
 * A calling system.
 *
 * @param name          the system's name, e.g. {@code ecp}
 * @param keyHash       SHA-256 of its API key; the key itself is never kept
 * @param allowedTypes  the event types it may send
 * @param signingSecret its Standard Webhooks secret ({@code whsec_...}), or null if it does not sign
 * @param role          what it may do with the operations API ({@link Role#NONE}: nothing)
 * @param sources       the CloudEvents sources it owns: exact URIs, or prefixes ending with {@code *};
 *                      an event from any other source is refused, so one system can never take
 *                      another's (source, id) pairs and make its real events look like duplicates
 */
public record ApiClient(String name, byte[] keyHash, Set<String> allowedTypes, String signingSecret, Role role,
        List<String> sources) {

    public ApiClient {
        role = role == null ? Role.NONE : role;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public ApiClient(String name, byte[] keyHash, Set<String> allowedTypes, String signingSecret, Role role) {
        this(name, keyHash, allowedTypes, signingSecret, role, List.of());
    }

    public boolean has(Role needed) {
        return role.includes(needed);
    }

    public boolean maySend(String type) {
        return allowedTypes.contains(type);
    }

    public boolean ownsSource(String source) {
        for (String owned : sources) {
            if (owned.endsWith("*") ? source.startsWith(owned.substring(0, owned.length() - 1)) : source.equals(owned)) {
                return true;
            }
        }
        return false;
    }

    public boolean signs() {
        return signingSecret != null && !signingSecret.isBlank();
    }

    @Override
    public String toString() {
        return "ApiClient[" + name + "]";
    }
}
