package io.interchange.platform.catalog;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes a catalog change to the audit trail in a transaction of its own. */
@ApplicationScoped
public class CatalogAudit {

    static final String ACTOR = "catalog";

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ActiveCatalog.Change change) {
        audit.record(ACTOR, AuditAction.CATALOG_CHANGED, null, null, describe(change.before()),
                describe(change.after()), change.kind() + " " + change.file() + " (system " + change.system() + ")");
    }

    private static String describe(String value) {
        if (value == null) {
            return null;
        }
        return value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                ? "sha256 " + value : value;
    }
}
