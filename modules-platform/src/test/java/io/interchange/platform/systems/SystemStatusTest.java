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

    private static void assertRefused(Runnable request, String pointer) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(OperationRefusedException.class,
                e -> assertThat(e.pointer()).isEqualTo(pointer));
    }
}
