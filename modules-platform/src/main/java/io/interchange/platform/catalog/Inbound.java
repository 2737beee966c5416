package io.interchange.platform.catalog;

import java.util.List;

/**
 * What a system may send in.
 *
 * @param apiKeyHashes SHA-256 (hex) of its API keys
 * @param signingSecret its Standard Webhooks secret, or null when it does not sign
 * @param poll          how Interchange reads a database system's changes, or null
 */
public record Inbound(List<String> apiKeyHashes, SecretReference signingSecret, List<String> sources,
        List<String> eventTypes, Poll poll) {

    public static final Inbound NOTHING = new Inbound(List.of(), null, List.of(), List.of(), null);

    public Inbound {
        apiKeyHashes = List.copyOf(apiKeyHashes);
        sources = List.copyOf(sources);
        eventTypes = List.copyOf(eventTypes);
    }
}
