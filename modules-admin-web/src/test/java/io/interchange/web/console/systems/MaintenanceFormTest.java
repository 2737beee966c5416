package io.interchange.web.console.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MaintenanceFormTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:30Z");

    @Test
    void aWindowFromNowToLaterInTheZonesLocalTimeIsAccepted() {
        MaintenanceForm form = form("2026-12-06T11:00", "2026-12-06T13:00", "Europe/Amsterdam", "ERP upgrade");

        assertThat(form.problems(NOW)).isEmpty();
        assertThat(form.until()).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
    }

    @Test
    void theFormStartsAtTheCurrentMinuteInUtc() {
        MaintenanceForm form = MaintenanceForm.startingAt(NOW);

        assertThat(form.getFrom()).isEqualTo("2026-12-06T10:00");
        assertThat(form.getZone()).isEqualTo("UTC");
    }

    @Test
    void aBlankStartIsNow() {
        assertThat(form("", "2026-12-06T10:30", "UTC", "ERP upgrade").problems(NOW)).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsNamedAtTheEnd() {
        assertThat(form("2026-12-06T10:00", "2026-12-06T09:00", "UTC", "ERP upgrade").problems(NOW))
                .containsExactly(java.util.Map.entry("to", "the end is before the start"));
    }

    @Test
    void anEndInThePastIsNamedAtTheEnd() {
        assertThat(form("2026-12-06T08:00", "2026-12-06T09:00", "UTC", "ERP upgrade").problems(NOW))
                .containsExactly(java.util.Map.entry("to", "the end is in the past"));
    }

    @Test
    void aMissingReasonIsNamedAtTheReason() {
        assertThat(form("2026-12-06T10:00", "2026-12-06T11:00", "UTC", "  ").problems(NOW))
                .containsExactly(java.util.Map.entry("reason", "enter why it goes into maintenance"));
    }

    @Test
    void aLaterStartIsAcceptedInTheZonesLocalTime() {
        MaintenanceForm form = form("2026-12-06T22:00", "2026-12-07T02:00", "Europe/Amsterdam", "ERP upgrade");

        assertThat(form.problems(NOW)).isEmpty();
        assertThat(form.from()).isEqualTo(Instant.parse("2026-12-06T21:00:00Z"));
        assertThat(form.until()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
    }

    @Test
    void aLaterStartAfterTheEndIsNamedAtTheEnd() {
        assertThat(form("2026-12-06T14:00", "2026-12-06T12:00", "UTC", "ERP upgrade").problems(NOW))
                .containsExactly(java.util.Map.entry("to", "the end is before the start"));
        assertThat(form("2026-12-06T14:00", "2026-12-06T14:00", "UTC", "ERP upgrade").problems(NOW))
                .containsExactly(java.util.Map.entry("to", "the end is before the start"));
    }

    @Test
    void aStartThatHasPassedIsNotAProblem() {
        // the prefilled minute on a page left open: the platform starts the window now
        MaintenanceForm form = form("2026-12-06T08:00", "2026-12-06T12:00", "UTC", "ERP upgrade");

        assertThat(form.problems(NOW)).isEmpty();
        assertThat(form.from()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(form("", "2026-12-06T12:00", "UTC", "ERP upgrade").from()).as("blank: now").isNull();
    }

    @Test
    void missingAndUnreadableFieldsAreEachNamed() {
        MaintenanceForm form = form("tomorrow", "", "Mars/Olympus", null);
        form.setSystem(null);

        assertThat(form.problems(NOW)).containsOnlyKeys("system", "zone", "reason");
        assertThat(form("tomorrow", "", "UTC", "x").problems(NOW))
                .containsEntry("from", "enter a date and time, e.g. 2026-12-06T14:30")
                .containsEntry("to", "enter when the window ends");
    }

    private static MaintenanceForm form(String from, String to, String zone, String reason) {
        MaintenanceForm form = new MaintenanceForm();
        form.setSystem("erp");
        form.setFrom(from);
        form.setTo(to);
        form.setZone(zone);
        form.setReason(reason);
        return form;
    }
}
