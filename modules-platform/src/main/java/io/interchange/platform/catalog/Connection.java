package io.interchange.platform.catalog;

import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach a system.
 *
 * @param baseUrl an http(s) URL, or {@code ${config.key:default}} followed by the rest of a URL; empty
 *                for a system reached through its database ({@link Database})
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
        return resolve(baseUrl, config, "the base URL");
    }

    /** A {@code ${key:default}rest} template filled from {@code config}; any other text as it is. */
    static String resolve(String template, Function<String, String> config, String what) {
        Matcher configured = CONFIGURED.matcher(template);
        if (!configured.matches()) {
            return template;
        }
        String value = config.apply(configured.group(1));
        if (value == null || value.isBlank()) {
            value = configured.group(2);
        }
        if (value == null) {
            throw new IllegalStateException(what + " needs the configuration value " + configured.group(1));
        }
        return value + configured.group(3);
    }
}
