package io.interchange.web.accounts;

import io.interchange.platform.clients.Role;
import java.time.Instant;

/** A console user as pages show it: never the password hash. */
public record Account(String name, Role role, Instant createdAt, String createdBy) {
}
