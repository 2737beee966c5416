package io.interchange.web.api;

import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.ApiClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves the {@code X-API-Key} header to a calling system, or answers 401/403. */
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

    public ApiClient requireOperator(String key) {
        ApiClient client = require(key);
        if (!client.operator()) {
            throw Problem.forbidden("the key of " + client.name() + " may not use the operations API");
        }
        return client;
    }
}
