package io.interchange.platform.alerts;

import java.time.Instant;

/** One alert as the console shows it (the id is null only for an alert not stored yet). */
public record AlertView(Long id, AlertKind kind, AlertPriority priority, String incidentKey, String title,
        String detail, long count, Instant firstAt, Instant lastAt, AlertStatus status, String acknowledgedBy,
        Instant acknowledgedAt, String acknowledgedNote, Instant resolvedAt) {

    public static AlertView of(Alert a) {
        return new AlertView(a.id(), a.kind(), a.priority(), a.incidentKey(), a.title(), a.detail(), a.count(),
                a.firstAt(), a.lastAt(), a.status(), a.acknowledgedBy(), a.acknowledgedAt(), a.acknowledgedNote(),
                a.resolvedAt());
    }

    /**
     * What the alert is about: the system for {@code SYSTEM_BROKEN} and {@code BACKLOG_AGE}, the
     * failure group, the catalog file or the registration for the others (the incident key after its kind).
     */
    public String subject() {
        String prefix = kind.name() + "|";
        return incidentKey.startsWith(prefix) ? incidentKey.substring(prefix.length()) : incidentKey;
    }

    public boolean open() {
        return status == AlertStatus.OPEN;
    }
}
