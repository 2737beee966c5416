package io.interchange.platform.catalog;

import java.util.List;

/**
 * What a system may send in.
 *
 * @param apiKeyHashes SHA-256 (hex) of its API keys
 * @param signingSecret its Standard Webhooks secret, or null when it does not sign
 */
public record Inbound(List<String> apiKeyHashes, SecretReference signingSecret, List<String> sources,
        List<String> eventTypes) {

    public static final Inbound NOTHING = new Inbound(List.of(), null, List.of(), List.of());

    public Inbound {
        apiKeyHashes = List.copyOf(apiKeyHashes);
        sources = List.copyOf(sources);
        eventTypes = List.copyOf(eventTypes);
    }
}
