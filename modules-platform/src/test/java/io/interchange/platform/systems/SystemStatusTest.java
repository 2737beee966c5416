package io.interchange.platform.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.operator.OperationRefusedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aNewSystemIsOnline() {
        assertThat(new SystemStatus("erp", NOW).onlineAt(NOW)).isTrue();
    }

    @Test
    void maintenanceEndsByItselfAtItsUntil() {
        SystemStatus status = new SystemStatus("erp", NOW);
        status.change(SystemState.MAINTENANCE, "upgrade", NOW.plusSeconds(60), NOW);
        assertThat(status.stateAt(NOW.plusSeconds(59))).isEqualTo(SystemState.MAINTENANCE);
        assertThat(status.stateAt(NOW.plusSeconds(60))).isEqualTo(SystemState.ONLINE);
    }

    @Test
    void aScheduledWindowIsOnlineBeforeItsStartInMaintenanceWithinAndOnlineAfter() {
        SystemStatus status = new SystemStatus("erp", NOW);
        Instant from = NOW.plusSeconds(3_600);
        Instant until = NOW.plusSeconds(7_200);
        status.change(SystemState.MAINTENANCE, "ERP upgrade", from, until, NOW);

        assertThat(status.state()).isEqualTo(SystemState.MAINTENANCE);
        assertThat(status.from()).isEqualTo(from);
        assertThat(status.stateAt(NOW)).isEqualTo(SystemState.ONLINE);
        assertThat(status.stateAt(from.minusMillis(1))).isEqualTo(SystemState.ONLINE);
        assertThat(status.scheduledAt(from.minusMillis(1))).isTrue();
        assertThat(status.windowOverAt(from.minusMillis(1))).as("not ended before it starts").isFalse();
        assertThat(status.stateAt(from)).isEqualTo(SystemState.MAINTENANCE);
        assertThat(status.stateAt(until.minusMillis(1))).isEqualTo(SystemState.MAINTENANCE);
        assertThat(status.scheduledAt(from)).isFalse();
        assertThat(status.windowOverAt(until.minusMillis(1))).isFalse();
        assertThat(status.stateAt(until)).isEqualTo(SystemState.ONLINE);
        assertThat(status.windowOverAt(until)).isTrue();
        assertThat(status.describe()).isEqualTo("MAINTENANCE (ERP upgrade) from " + from + " until " + until);
    }

    @Test
    void aStartThatIsNotInTheFutureStartsTheWindowNowAndIsNotKept() {
        SystemStatus status = new SystemStatus("erp", NOW);
        status.change(SystemState.MAINTENANCE, "upgrade", NOW.minusSeconds(600), NOW.plusSeconds(60), NOW);
        assertThat(status.from()).isNull();
        assertThat(status.stateAt(NOW)).isEqualTo(SystemState.MAINTENANCE);
        assertThat(status.describe()).isEqualTo("MAINTENANCE (upgrade) until " + NOW.plusSeconds(60));
        status.change(SystemState.MAINTENANCE, "upgrade", NOW, NOW.plusSeconds(60), NOW);
        assertThat(status.from()).isNull();
    }

    @Test
    void anotherStateClearsAScheduledWindow() {
        SystemStatus status = new SystemStatus("erp", NOW);
        status.change(SystemState.MAINTENANCE, "upgrade", NOW.plusSeconds(60), NOW.plusSeconds(120), NOW);
        status.change(SystemState.OFFLINE, "migration", NOW.plusSeconds(60), NOW.plusSeconds(120), NOW);
        assertThat(status.from()).isNull();
        assertThat(status.until()).isNull();
        assertThat(status.stateAt(NOW.plusSeconds(30))).isEqualTo(SystemState.OFFLINE);
        assertThat(status.scheduledAt(NOW)).isFalse();
    }

    @Test
    void offlineAndBrokenStayUntilChanged() {
        SystemStatus status = new SystemStatus("erp", NOW);
        status.change(SystemState.OFFLINE, "ERP migration", null, NOW);
        assertThat(status.stateAt(NOW.plusSeconds(86_400))).isEqualTo(SystemState.OFFLINE);
        assertThat(status.describe()).isEqualTo("OFFLINE (ERP migration)");
        status.change(SystemState.BROKEN, "5 failures", null, NOW);
        assertThat(status.onlineAt(NOW.plusSeconds(86_400))).isFalse();
    }

    @Test
    void goingOnlineClearsReasonAndWindow() {
        SystemStatus status = new SystemStatus("erp", NOW);
        status.change(SystemState.MAINTENANCE, "upgrade", NOW.plusSeconds(60), NOW);
        status.change(SystemState.ONLINE, "ignored", NOW.plusSeconds(60), NOW.plusSeconds(5));
        assertThat(status.reason()).isNull();
        assertThat(status.until()).isNull();
        assertThat(status.since()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void operatorRequestsAreValidated() {
        assertThat(StatusRequest.of("offline", "migration", null, NOW).state()).isEqualTo(SystemState.OFFLINE);
        assertThat(StatusRequest.of("ONLINE", null, null, NOW).state()).isEqualTo(SystemState.ONLINE);
        assertThat(StatusRequest.of("MAINTENANCE", null, NOW.plusSeconds(1), NOW).until())
                .isEqualTo(NOW.plusSeconds(1));
        assertThat(StatusRequest.of("OFFLINE", "x", NOW.plusSeconds(1), NOW).until()).isNull();
        assertRefused(() -> StatusRequest.of("BROKEN", "x", null, NOW), "/status");
        assertRefused(() -> StatusRequest.of("SLEEPING", "x", null, NOW), "/status");
        assertRefused(() -> StatusRequest.of(null, "x", null, NOW), "/status");
        assertRefused(() -> StatusRequest.of("OFFLINE", " ", null, NOW), "/reason");
        assertRefused(() -> StatusRequest.of("MAINTENANCE", "x", null, NOW), "/until");
        assertRefused(() -> StatusRequest.of("MAINTENANCE", "x", NOW, NOW), "/until");
    }

    @Test
    void aMaintenanceRequestMayStartLater() {
        StatusRequest scheduled = StatusRequest.of("MAINTENANCE", "upgrade", NOW.plusSeconds(60), NOW.plusSeconds(120), NOW);
        assertThat(scheduled.from()).isEqualTo(NOW.plusSeconds(60));
        assertThat(scheduled.until()).isEqualTo(NOW.plusSeconds(120));
        assertThat(StatusRequest.of("MAINTENANCE", "upgrade", null, NOW.plusSeconds(120), NOW).from())
                .as("no from: now").isNull();
    }

    @Test
    void aStartThatHasPassedMeansNowHoweverLongAgo() {
        assertThat(StatusRequest.of("MAINTENANCE", "x", NOW, NOW.plusSeconds(60), NOW).from()).isNull();
        assertThat(StatusRequest.of("MAINTENANCE", "x", NOW.minusSeconds(30), NOW.plusSeconds(60), NOW).from()).isNull();
        assertThat(StatusRequest.of("MAINTENANCE", "x", NOW.minusSeconds(86_400), NOW.plusSeconds(60), NOW).from())
                .isNull();
    }

    @Test
    void requestsWithAStartAreRefusedPrecisely() {
        assertRefused(() -> StatusRequest.of("MAINTENANCE", "x", NOW.plusSeconds(120), NOW.plusSeconds(60), NOW),
                "/until", "MAINTENANCE needs an until after its from (" + NOW.plusSeconds(120) + ")");
        assertRefused(() -> StatusRequest.of("MAINTENANCE", "x", NOW.plusSeconds(60), NOW.plusSeconds(60), NOW),
                "/until", "MAINTENANCE needs an until after its from (" + NOW.plusSeconds(60) + ")");
        assertRefused(() -> StatusRequest.of("MAINTENANCE", "x", NOW.plusSeconds(60), NOW.minusSeconds(60), NOW),
                "/until", "MAINTENANCE needs an until time in the future");
        assertRefused(() -> StatusRequest.of("MAINTENANCE", "x", NOW.plusSeconds(60), null, NOW),
                "/until", "MAINTENANCE needs an until time in the future");
        assertRefused(() -> StatusRequest.of("OFFLINE", "x", NOW.plusSeconds(60), null, NOW), "/from",
                "only a MAINTENANCE window can start later; OFFLINE applies at once, leave from out");
        assertRefused(() -> StatusRequest.of("ONLINE", null, NOW.plusSeconds(60), null, NOW), "/from",
                "only a MAINTENANCE window can start later; ONLINE applies at once, leave from out");
    }

    private static void assertRefused(Runnable request, String pointer, String message) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(OperationRefusedException.class, e -> {
            assertThat(e.pointer()).isEqualTo(pointer);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static void assertRefused(Runnable request, String pointer) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(OperationRefusedException.class,
                e -> assertThat(e.pointer()).isEqualTo(pointer));
    }
}
