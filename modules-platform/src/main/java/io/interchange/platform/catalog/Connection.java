package io.interchange.platform.catalog;

import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach a system.
 *
 * @param baseUrl an http(s) URL, or {@code ${config.key:default}} followed by the rest of a URL
 */
public record Connection(String baseUrl, Auth auth, Duration connectTimeout, Duration readTimeout) {

    private static final Pattern CONFIGURED = Pattern.compile("^\\$\\{([A-Za-z0-9._-]+)(?::([^}]*))?}(.*)$");

    /**
     * The base URL to call now: a {@code ${key:default}} prefix looked up with {@code config}
     * (e.g. MicroProfile Config), its default when the key has no value.
     *
     * @throws IllegalStateException when the key has no value and the file gives no default
     */
    public String baseUrl(Function<String, String> config) {
        Matcher configured = CONFIGURED.matcher(baseUrl);
        if (!configured.matches()) {
            return baseUrl;
        }
        String value = config.apply(configured.group(1));
        if (value == null || value.isBlank()) {
            value = configured.group(2);
        }
        if (value == null) {
            throw new IllegalStateException("the base URL needs the configuration value " + configured.group(1));
        }
        return value + configured.group(3);
    }
}
