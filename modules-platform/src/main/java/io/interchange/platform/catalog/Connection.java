package io.interchange.platform.catalog;

import java.time.Duration;

/**
 * How to reach a system.
 *
 * @param baseUrl an http(s) URL, or {@code ${config.key:default}} resolved from MicroProfile Config when called
 */
public record Connection(String baseUrl, Auth auth, Duration connectTimeout, Duration readTimeout) {
}
