package io.interchange.platform.clients;

import io.interchange.platform.catalog.ActiveCatalog;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.Inbound;
import java.util.HexFormat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The registry of calling systems, read from configuration at startup:
 * {@code interchange.clients} names them; for each, {@code <name>.api-key} (environment
 * {@code <NAME>_API_KEY}), {@code <name>.signing-secret}, and
 * {@code interchange.client.<name>.event-types} / {@code .sources} (the CloudEvents sources it owns:
 * URIs, or prefixes ending with {@code *}) / {@code .role} ({@code viewer}, {@code operator},
 * {@code admin}; absent: none). A system without a key is not registered, so an unconfigured
 * deployment accepts nothing; an unknown role counts as none. A system of the catalog whose file has
 * an {@code inbound} section is a sender too: its keys (their SHA-256 in the file), its signing secret
 * (a reference, looked up when a key is presented), its sources and event types; it has no role.
 */
@ApplicationScoped
public class ApiClients {

    private static final Logger LOG = Logger.getLogger(ApiClients.class.getName());

    @Inject
    Config config;

    @Inject
    Catalog catalog;

    private final List<ApiClient> clients = new ArrayList<>();

    @PostConstruct
    void load() {
        for (String name : config.getOptionalValues("interchange.clients", String.class).orElse(List.of())) {
            Optional<String> key = config.getOptionalValue(name + ".api-key", String.class);
            if (key.isEmpty() || key.get().isBlank()) {
                LOG.warning(() -> "system " + name + " has no " + name + ".api-key configured; its calls are refused");
                continue;
            }
            var types = new LinkedHashSet<>(config.getOptionalValues("interchange.client." + name + ".event-types",
                    String.class).orElse(List.of()));
            List<String> sources = config.getOptionalValues("interchange.client." + name + ".sources", String.class)
                    .orElse(List.of());
            if (!types.isEmpty() && sources.isEmpty()) {
                LOG.warning(() -> "system " + name + " may send events but owns no sources (interchange.client." + name
                        + ".sources); its events are refused");
            }
            register(new ApiClient(name, hash(key.get()), types,
                    config.getOptionalValue(name + ".signing-secret", String.class).orElse(null),
                    role(name), sources));
        }
        LOG.info(() -> "API clients registered: " + clients.stream().map(ApiClient::name).toList());
    }

    private Role role(String name) {
        String value = config.getOptionalValue("interchange.client." + name + ".role", String.class).orElse(null);
        try {
            return Role.parse(value);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "system " + name + ": " + e.getMessage() + "; it gets no role");
            return Role.NONE;
        }
    }

    void register(ApiClient client) {
        clients.add(client);
    }

    /** The client that owns this key; compares hashes in constant time. */
    public Optional<ApiClient> byKey(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = hash(presentedKey);
        ApiClient match = null;
        for (ApiClient client : clients) {
            if (MessageDigest.isEqual(client.keyHash(), presented)) {
                match = client;
            }
        }
        if (match == null && catalog != null) {
            match = ofCatalog(presented).orElse(null);
        }
        return Optional.ofNullable(match);
    }

    private Optional<ApiClient> ofCatalog(byte[] presented) {
        ApiClient match = null;
        for (ActiveCatalog.Entry entry : catalog.active()) {
            Inbound inbound = entry.system().inbound();
            if (inbound == null) {
                continue;
            }
            for (String hex : inbound.apiKeyHashes()) {
                byte[] known = HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
                if (MessageDigest.isEqual(known, presented)) {
                    String secret = inbound.signingSecret() == null ? null
                            : inbound.signingSecret().resolve(config).orElse(null);
                    if (inbound.signingSecret() != null && secret == null) {
                        // it must sign, and its secret cannot be found: refuse rather than accept it unsigned
                        LOG.warning(() -> "catalog system " + entry.system().system() + ": its signing secret "
                                + inbound.signingSecret() + " has no value; its key is refused");
                        continue;
                    }
                    match = new ApiClient(entry.system().system(), known, new LinkedHashSet<>(inbound.eventTypes()),
                            secret, Role.NONE, inbound.sources());
                }
            }
        }
        return Optional.ofNullable(match);
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
