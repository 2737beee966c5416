package io.interchange.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the platform keeps: rows per kind, how long each is kept, and the last sweep. Counting is a
 * full count per table (cheap in H2; on PostgreSQL a scan, so this is an operator's view, not a
 * figure to poll every second).
 */
@ApplicationScoped
public class Storage {

    /** Kind → the entity and an attribute every row has, for a JPQL count. */
    private static final Map<String, String> COUNTS = countQueries();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    RetentionPolicy policy;

    @Inject
    Retention retention;

    public record View(Map<String, Long> rows, Map<String, Duration> keptFor, SweepReport lastSweep) {
    }

    public View view() {
        Map<String, Long> rows = new LinkedHashMap<>();
        COUNTS.forEach((kind, jpql) -> rows.put(kind, em.createQuery(jpql, Long.class).getSingleResult()));
        Map<String, Duration> kept = new LinkedHashMap<>();
        kept.put("journal", policy.journal());
        kept.put("inbound-events", policy.inboundEvents());
        kept.put("ledger", policy.ledger());
        kept.put("closed-failures", policy.closedFailures());
        kept.put("resolved-alerts", policy.resolvedAlerts());
        return new View(rows, kept, retention.last());
    }

    private static Map<String, String> countQueries() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("journal", "select count(x.id) from JournalEntry x");
        counts.put("inbound-events", "select count(x.id) from InboundEvent x");
        counts.put("ledger", "select count(x.messageId) from ProcessedMessage x");
        counts.put("failed-messages", "select count(x.id) from FailedMessage x");
        counts.put("alerts", "select count(x.id) from Alert x");
        counts.put("outbox", "select count(x.id) from OutboxMessage x");
        counts.put("parked", "select count(x.id) from ParkedMessage x");
        counts.put("audit", "select count(x.id) from AuditEntry x");
        return counts;
    }
}
