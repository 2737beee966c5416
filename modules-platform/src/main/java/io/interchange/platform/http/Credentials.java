package io.interchange.platform.http;

import io.interchange.platform.catalog.Auth;
import io.interchange.platform.catalog.SecretReference;
import io.interchange.platform.delivery.PermanentFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The headers that authenticate a request to a system, with its secrets looked up when the
 * request is made (a changed secret applies to the next request; none is ever kept in a file,
 * a log or a journal entry).
 */
@ApplicationScoped
public class Credentials {

    @Inject
    Config config;

    @Inject
    OAuth2Tokens tokens;

    /** @throws PermanentFailure when a secret the file refers to has no value */
    public Map<String, String> headers(String system, Auth auth) {
        if (auth instanceof Auth.Basic basic) {
            String pair = basic.username() + ":" + secret(system, basic.password());
            return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (auth instanceof Auth.Bearer bearer) {
            return Map.of("Authorization", "Bearer " + secret(system, bearer.token()));
        }
        if (auth instanceof Auth.ApiKeyHeader apiKey) {
            return Map.of(apiKey.header(), secret(system, apiKey.key()));
        }
        if (auth instanceof Auth.OAuth2ClientCredentials oauth2) {
            return Map.of("Authorization", "Bearer " + tokens.token(system, oauth2, secret(system, oauth2.clientSecret())));
        }
        return Map.of();
    }

    /** Forgets what a refused request may have been refused for (a cached OAuth2 token). */
    public void refused(Auth auth) {
        if (auth instanceof Auth.OAuth2ClientCredentials oauth2) {
            tokens.forget(oauth2);
        }
    }

    private String secret(String system, SecretReference reference) {
        return reference.resolve(config).filter(value -> !value.isEmpty()).orElseThrow(() -> new PermanentFailure(system,
                "the secret " + reference + " named by the catalog file has no value; set it and resubmit"));
    }
}
