package io.interchange.platform.catalog;

import java.util.List;

/** HTTP statuses written as exact codes ({@code 409}) or classes ({@code 5xx}). */
public record StatusSet(List<String> patterns) {

    public StatusSet {
        patterns = List.copyOf(patterns);
    }

    public static StatusSet of(String... patterns) {
        return new StatusSet(List.of(patterns));
    }

    public boolean namesExactly(int status) {
        return patterns.contains(Integer.toString(status));
    }

    public boolean coversClass(int status) {
        return patterns.contains(status / 100 + "xx");
    }

    public boolean contains(int status) {
        return namesExactly(status) || coversClass(status);
    }
}
