package io.interchange.web.api;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.ApiClients;
import io.interchange.platform.clients.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves the {@code X-API-Key} header to a calling system and checks its role, or answers 401/403. */
@ApplicationScoped
public class CallerKey {

    public static final String HEADER = "X-API-Key";

    @Inject
    ApiClients clients;

    public ApiClient require(String key) {
        if (key == null || key.isBlank()) {
            throw Problem.unauthorized("send your API key in the " + HEADER + " header");
        }
        return clients.byKey(key).orElseThrow(() -> Problem.unauthorized("the API key is not known"));
    }

    /** The caller, if its role includes {@code needed}: viewer to read, operator to change. */
    public ApiClient requireRole(String key, Role needed) {
        ApiClient client = require(key);
        if (!client.has(needed)) {
            throw Problem.forbidden("the key of " + client.name() + " has "
                    + (client.role() == Role.NONE ? "no role" : "the role " + client.role().configName())
                    + "; this needs " + needed.configName() + " or above");
        }
        return client;
    }
}
