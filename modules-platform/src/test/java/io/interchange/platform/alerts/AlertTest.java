package io.interchange.platform.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.operator.OperationRefusedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static Alert alert() {
        return new Alert(AlertKind.DEAD_LETTER, AlertKind.DEAD_LETTER.key("orders | x | 404"), "title", "first", NOW);
    }

    @Test
    void theFirstOccurrenceCreatesAnOpenHighAlert() {
        assertThat(Alert.joins(null)).isFalse();
        Alert alert = alert();
        assertThat(alert.incidentKey()).isEqualTo("DEAD_LETTER|orders | x | 404");
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(alert.count()).isEqualTo(1);
        assertThat(alert.firstAt()).isEqualTo(NOW);
        assertThat(alert.lastAt()).isEqualTo(NOW);
    }

    @Test
    void furtherOccurrencesAreCountedOnAnOpenOrAcknowledgedAlert() {
        Alert alert = alert();
        assertThat(Alert.joins(alert)).isTrue();
        alert.occurred("second", NOW.plusSeconds(5));
        alert.acknowledge("ops", NOW.plusSeconds(6));
        assertThat(Alert.joins(alert)).isTrue();
        alert.occurred("third", NOW.plusSeconds(7));
        assertThat(alert.count()).isEqualTo(3);
        assertThat(alert.firstAt()).isEqualTo(NOW);
        assertThat(alert.lastAt()).isEqualTo(NOW.plusSeconds(7));
        assertThat(alert.detail()).isEqualTo("third");
        assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(alert.acknowledgedBy()).isEqualTo("ops");
    }

    @Test
    void aResolvedAlertIsNotJoinedAndCannotBeAcknowledged() {
        Alert alert = alert();
        alert.resolve(NOW.plusSeconds(1));
        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(Alert.joins(alert)).isFalse();
        assertThatThrownBy(() -> alert.acknowledge("ops", NOW.plusSeconds(2)))
                .isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void theActiveKeyIsTheIncidentsWhileTheAlertIsActiveSoOnlyOneCanBe() {
        Alert alert = alert();
        assertThat(alert.activeKey()).isEqualTo(alert.incidentKey());
        alert.acknowledge("ops", NOW.plusSeconds(1));
        assertThat(alert.activeKey()).as("acknowledged is still active").isEqualTo(alert.incidentKey());

        alert.resolve(NOW.plusSeconds(2));

        assertThat(alert.activeKey()).as("a resolved alert leaves the key to the incident's next").isNull();
        Alert longKey = new Alert(AlertKind.DEAD_LETTER, "x".repeat(700), "title", null, NOW);
        assertThat(longKey.activeKey()).hasSize(Alert.KEY_LENGTH).isEqualTo(longKey.incidentKey());
    }

    @Test
    void aSecondAcknowledgementKeepsTheFirst() {
        Alert alert = alert();
        alert.acknowledge("ops", NOW.plusSeconds(1));
        alert.acknowledge("other", NOW.plusSeconds(2));
        assertThat(alert.acknowledgedBy()).isEqualTo("ops");
        assertThat(alert.acknowledgedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void theFirstAcknowledgementsNoteIsKept() {
        Alert alert = alert();
        alert.acknowledge("ada", NOW.plusSeconds(1), "on it: the ERP team is called");
        alert.acknowledge("other", NOW.plusSeconds(2), "me too");
        assertThat(alert.acknowledgedNote()).isEqualTo("on it: the ERP team is called");
        assertThat(alert.acknowledgedBy()).isEqualTo("ada");
    }

    @Test
    void theSubjectIsTheIncidentKeyAfterItsKind() {
        Alert alert = new Alert(AlertKind.SYSTEM_BROKEN, AlertKind.SYSTEM_BROKEN.key("erp"), "ERP broken", null, NOW);
        assertThat(AlertView.of(alert).subject()).isEqualTo("erp");
        assertThat(AlertView.of(alert).open()).isTrue();
    }
}
