package io.interchange.platform.clients;

import java.util.Locale;

/**
 * What a key may do with the operations API, each role including the ones before it: a viewer
 * reads (failed messages, groups, audit, tracking), an operator also edits, resubmits and
 * discards, an admin may do everything. {@link #NONE} (no role configured) may only send events.
 */
public enum Role {
    NONE, VIEWER, OPERATOR, ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code viewer}, {@code operator} or {@code admin}; null or blank is {@link #NONE}. */
    public static Role parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        for (Role role : values()) {
            if (role != NONE && role.configName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role \"" + value + "\"; use viewer, operator or admin");
    }
}
