package io.interchange.web.accounts;

import io.interchange.platform.clients.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The groups a console user is in: their role and every role it includes, so that the pages ask
 * one question ("is the caller an operator?") and an admin is one too.
 */
public final class RoleGroups {

    private RoleGroups() {
    }

    public static Set<String> of(Role role) {
        return Arrays.stream(Role.values()).filter(r -> r != Role.NONE && role.includes(r))
                .map(Role::configName).collect(Collectors.toUnmodifiableSet());
    }
}
