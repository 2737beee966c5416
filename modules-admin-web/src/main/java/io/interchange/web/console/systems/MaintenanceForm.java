package io.interchange.web.console.systems;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A maintenance window as an operator types it: from and to in a time zone's local time, and a
 * reason. A start later than now schedules the window (the system stays online until then); a
 * blank start, or one that is not in the future (the prefilled minute, a page left open), starts it
 * now: a window is never backdated.
 */
public class MaintenanceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String system;
    private String from;
    private String to;
    private String zone = "UTC";
    private String reason;

    /** A form for {@code now}: from prefilled with the current minute in the zone. */
    public static MaintenanceForm startingAt(Instant now) {
        MaintenanceForm form = new MaintenanceForm();
        form.from = LocalDateTime.ofInstant(now, ZoneId.of(form.zone)).truncatedTo(ChronoUnit.MINUTES).toString();
        return form;
    }

    /** What is wrong, by field (system, from, to, zone, reason); empty when the window can be set. A blank from is now. */
    public Map<String, String> problems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(system)) {
            problems.put("system", "choose the system");
        }
        ZoneId zoneId = zone(problems);
        Instant start = null;
        Instant end = null;
        if (zoneId != null) {
            start = blank(from) ? now : instant("from", from, "when the window starts", zoneId, problems);
            end = instant("to", to, "when the window ends", zoneId, problems);
        }
        if (end != null && start != null && !end.isAfter(start)) {
            problems.put("to", "the end is before the start");
        } else if (end != null && !end.isAfter(now)) {
            problems.put("to", "the end is in the past");
        }
        if (blank(reason)) {
            problems.put("reason", "enter why it goes into maintenance");
        }
        return problems;
    }

    /**
     * The start as an instant, or null for a blank one (now); only after {@link #problems} found none.
     * One that is not in the future means now to the platform.
     */
    public Instant from() {
        return blank(from) ? null : LocalDateTime.parse(normalized(from)).atZone(ZoneId.of(zone.trim())).toInstant();
    }

    /** The end as an instant; only after {@link #problems} found none. */
    public Instant until() {
        return LocalDateTime.parse(normalized(to)).atZone(ZoneId.of(zone.trim())).toInstant();
    }

    private ZoneId zone(Map<String, String> problems) {
        if (blank(zone)) {
            problems.put("zone", "choose a time zone");
            return null;
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            problems.put("zone", "unknown time zone " + zone.trim());
            return null;
        }
    }

    private static Instant instant(String field, String text, String what, ZoneId zone, Map<String, String> problems) {
        if (blank(text)) {
            problems.put(field, "enter " + what);
            return null;
        }
        try {
            return LocalDateTime.parse(normalized(text)).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, "enter a date and time, e.g. 2026-12-06T14:30");
            return null;
        }
    }

    private static String normalized(String text) {
        return text.trim().replace(' ', 'T');
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getSystem() { return system; }
    public void setSystem(String system) { this.system = system; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
