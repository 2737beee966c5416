package io.interchange.web.console.systems;

import io.interchange.platform.catalog.ActiveCatalog;
import io.interchange.platform.catalog.SystemDescription;
import java.util.List;

/**
 * What a system's catalog file says, as the systems page shows it: who owns it, where it is called,
 * its operations, what it subscribes to and its recurring maintenance windows. Secrets are only ever
 * references in the file and are not shown.
 */
public record CatalogFacts(String file, String name, String description, String owner, String baseUrl,
        List<String> operations, List<String> subscriptions, List<String> windows) {

    static CatalogFacts of(ActiveCatalog.Entry entry) {
        SystemDescription system = entry.system();
        SystemDescription.Owner owner = system.owner();
        List<String> windows = system.delivery() == null ? List.of()
                : system.delivery().maintenance().stream().map(Object::toString).toList();
        return new CatalogFacts(entry.file(), system.name(), system.description(),
                owner == null ? null : join(owner.team(), owner.email()),
                system.connection() == null ? null : system.connection().baseUrl(),
                system.operations().stream().map(op -> op.name() + " (" + op.method() + " " + op.path() + ")").toList(),
                system.subscriptions().stream().map(sub -> sub.name() + ": " + sub.filter().type() + " → "
                        + sub.operation()).toList(),
                windows);
    }

    private static String join(String team, String email) {
        if (team == null) {
            return email;
        }
        return email == null ? team : team + " <" + email + ">";
    }
}
