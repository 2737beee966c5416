package io.interchange.platform.catalog;

import io.interchange.platform.mapping.Mapping;
import java.util.Map;

/** Which messages one of the system's operations receives. */
public record Subscription(String name, String operation, Filter filter) {

    /**
     * All given attributes must match; {@code *} in a value matches any run of characters.
     *
     * @param source     null: any
     * @param subject    null: any (a message without a subject does not match a given one)
     * @param extensions attribute name to value
     * @param data       null: any; else it matches when the expression yields {@code true}
     */
    public record Filter(String type, String source, String subject, Map<String, String> extensions, Mapping data) {

        public Filter {
            extensions = Map.copyOf(extensions);
        }
    }
}
