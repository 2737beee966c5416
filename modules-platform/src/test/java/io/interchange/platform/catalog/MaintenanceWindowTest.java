package io.interchange.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void sundaysTwoToFourAmsterdamTimeFollowSummerTime() {
        var window = new MaintenanceWindow(Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0), LocalTime.of(4, 0), AMSTERDAM);

        assertThat(window.covers(Instant.parse("2026-07-05T00:30:00Z"))).isTrue(); // 02:30 CEST
        assertThat(window.covers(Instant.parse("2026-12-06T01:00:00Z"))).isTrue(); // 02:00 CET
        assertThat(window.covers(Instant.parse("2026-12-06T03:00:00Z"))).isFalse(); // 04:00 CET: over
        assertThat(window.covers(Instant.parse("2026-12-07T01:30:00Z"))).isFalse(); // Monday
    }

    @Test
    void aWindowPastMidnightRunsIntoTheNextDay() {
        var window = new MaintenanceWindow(Set.of(DayOfWeek.SATURDAY), LocalTime.of(23, 0), LocalTime.of(1, 0),
                ZoneId.of("UTC"));

        assertThat(window.covers(Instant.parse("2026-12-05T23:30:00Z"))).isTrue(); // Saturday
        assertThat(window.covers(Instant.parse("2026-12-06T00:30:00Z"))).isTrue(); // Sunday, still in it
        assertThat(window.covers(Instant.parse("2026-12-06T23:30:00Z"))).isFalse(); // Sunday night
    }
}
