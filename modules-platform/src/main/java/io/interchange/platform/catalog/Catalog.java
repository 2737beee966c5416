package io.interchange.platform.catalog;

import io.interchange.platform.alerts.AlertKind;
import io.interchange.platform.alerts.Alerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalog in force. {@link #refresh} looks at the folder again (at start and when the
 * {@link CatalogWatch} sees a file change); each change is audited, a refused file raises a
 * {@code CATALOG_REFUSED} alert (resolved once the file reads well again or is removed).
 */
@ApplicationScoped
public class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

    @Inject
    CatalogFolder folder;

    @Inject
    CatalogAudit audit;

    @Inject
    Alerts alerts;

    private final ActiveCatalog state = new ActiveCatalog();
    private volatile List<ActiveCatalog.Entry> active = List.of();
    private volatile List<ActiveCatalog.Refused> refused = List.of();
    private volatile boolean read;

    public Path folder() {
        return folder.path();
    }

    public synchronized void refresh() {
        List<ActiveCatalog.Change> changes = state.apply(CatalogFolder.files(folder.path()), Instant.now());
        active = state.active();
        refused = state.refused();
        read = true; // only now: a reader that sees it must see the systems too
        changes.forEach(this::report);
    }

    private void report(ActiveCatalog.Change change) {
        String incident = AlertKind.CATALOG_REFUSED.key(change.file());
        if (change.kind() == ActiveCatalog.ChangeKind.REFUSED) {
            LOG.warning(() -> "catalog file refused: " + change.after());
            alerts.raise(AlertKind.CATALOG_REFUSED, incident, "Catalog file " + change.file() + " refused"
                    + (change.before() == null ? "" : "; the previous version of " + change.system() + " stays active"),
                    change.after());
        } else {
            LOG.info(() -> "catalog " + change.kind() + " " + change.file());
            try {
                alerts.resolve(incident);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not resolve the alert " + incident, e);
            }
        }
        try {
            audit.record(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not audit the catalog change " + change, e);
        }
    }

    /**
     * The systems in force. Read from the folder on first use if the watch has not read it yet: after
     * a restart, consumers may publish before the watch starts, and their messages must not miss a
     * subscription for that.
     */
    public List<ActiveCatalog.Entry> active() {
        if (!read) {
            readOnce();
        }
        return active;
    }

    public List<ActiveCatalog.Refused> refused() {
        active();
        return refused;
    }

    private synchronized void readOnce() {
        if (read) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            read = false;
            LOG.log(Level.WARNING, "the catalog folder " + folder.path() + " cannot be read yet", e);
        }
    }

    public Optional<SystemDescription> system(String name) {
        return active().stream().map(ActiveCatalog.Entry::system).filter(system -> system.system().equals(name))
                .findFirst();
    }
}
