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

    public Path folder() {
        return folder.path();
    }

    public synchronized void refresh() {
        List<ActiveCatalog.Change> changes = state.apply(CatalogFolder.files(folder.path()), Instant.now());
        active = state.active();
        refused = state.refused();
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

    public List<ActiveCatalog.Entry> active() {
        return active;
    }

    public List<ActiveCatalog.Refused> refused() {
        return refused;
    }

    public Optional<SystemDescription> system(String name) {
        return active.stream().map(ActiveCatalog.Entry::system).filter(system -> system.system().equals(name))
                .findFirst();
    }
}
