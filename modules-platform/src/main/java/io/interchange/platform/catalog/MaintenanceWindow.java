package io.interchange.platform.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A recurring window, e.g. Sundays 02:00-04:00 Europe/Amsterdam, in the zone's local time (so it
 * follows daylight saving time). A window whose end is before its start runs into the next day.
 */
public record MaintenanceWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone) {

    public MaintenanceWindow {
        days = Set.copyOf(days);
    }

    public boolean covers(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!to.isBefore(from)) {
            return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
        }
        return days.contains(local.getDayOfWeek()) && !time.isBefore(from)
                || days.contains(local.getDayOfWeek().minus(1)) && time.isBefore(to);
    }

    @Override
    public String toString() {
        return days + " " + from + "-" + to + " " + zone;
    }
}
