package io.interchange.platform.systems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a probe asks a broken system whether it is back, and which answers mean yes: a GET of
 * {@code path} below the system's base URL, with an optional {@code Authorization} header, whose
 * status is one of {@code statuses} ({@code 2xx} by default; e.g. {@code 2xx,404} for an API
 * whose cheapest authenticated read is an unknown record). A system answering 503 is not back.
 */
public record HealthDefinition(String path, List<String> statuses, Optional<String> authorization) {

    public static final String DEFAULT_STATUSES = "2xx";

    public HealthDefinition {
        path = path == null ? "" : path.trim();
        statuses = List.copyOf(statuses);
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("a health definition needs at least one accepted status");
        }
        for (String status : statuses) {
            if (!status.matches("[1-5](\\d\\d|xx)")) {
                throw new IllegalArgumentException("accepted statuses are like 200 or 2xx, not \"" + status + "\"");
            }
        }
        authorization = authorization.filter(value -> !value.isBlank());
    }

    /** @param statuses comma-separated, e.g. {@code 2xx,404} */
    public static HealthDefinition of(String path, String statuses, Optional<String> authorization) {
        List<String> list = new ArrayList<>();
        for (String status : (statuses == null || statuses.isBlank() ? DEFAULT_STATUSES : statuses).split(",")) {
            if (!status.isBlank()) {
                list.add(status.trim().toLowerCase(Locale.ROOT));
            }
        }
        return new HealthDefinition(path, list, authorization);
    }

    public boolean accepts(int status) {
        String exact = Integer.toString(status);
        String range = status / 100 + "xx";
        return statuses.contains(exact) || statuses.contains(range);
    }

    /** The address to probe: the base URL with the path appended. */
    public String url(String baseUrl) {
        if (path.isEmpty()) {
            return baseUrl;
        }
        boolean slashes = baseUrl.endsWith("/") && path.startsWith("/");
        return slashes ? baseUrl + path.substring(1)
                : baseUrl.endsWith("/") || path.startsWith("/") || path.startsWith("?") ? baseUrl + path
                : baseUrl + "/" + path;
    }
}
