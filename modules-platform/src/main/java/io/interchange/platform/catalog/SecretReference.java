package io.interchange.platform.catalog;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Where a secret is found when it is needed: a MicroProfile Config name or an environment variable. Never the secret. */
public record SecretReference(String configName, String environmentVariable) {

    public static SecretReference config(String name) {
        return new SecretReference(name, null);
    }

    public static SecretReference environment(String name) {
        return new SecretReference(null, name);
    }

    public Optional<String> resolve(Config config) {
        return configName != null ? config.getOptionalValue(configName, String.class)
                : Optional.ofNullable(System.getenv(environmentVariable));
    }

    /** How it is shown: {@code config:crm.token} or {@code env:CRM_TOKEN}. */
    @Override
    public String toString() {
        return configName != null ? "config:" + configName : "env:" + environmentVariable;
    }
}
