package io.interchange.platform.systems;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.alerts.AlertKind;
import io.interchange.platform.alerts.AlertMail;
import io.interchange.platform.alerts.Alerts;
import io.interchange.platform.cluster.BreakerCounts;
import io.interchange.platform.cluster.Leases;
import io.interchange.platform.cluster.Members;
import io.interchange.platform.cluster.MigratedDatabase;
import io.interchange.platform.cluster.ServerName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Ticks of the watch over an operator's maintenance window, with the system's status and the bus faked,
 * and of two servers' watches sharing one database (H2) for the lease.
 */
class SystemWatchTest {

    private final DataSource database = MigratedDatabase.fresh();
    private final FakeChanges changes = new FakeChanges();
    private final FakeParking parking = new FakeParking();
    private final SystemWatch watch = watch("a", parking);

    @Test
    void aScheduledWindowThatHasNotStartedIsNotEndedAndTheSystemDrains() {
        Instant now = Instant.now();
        changes.status.change(SystemState.MAINTENANCE, "ERP upgrade", now.plusSeconds(3_600), now.plusSeconds(7_200), now);

        watch.tick();

        assertThat(changes.ended).isZero();
        assertThat(changes.status.state()).isEqualTo(SystemState.MAINTENANCE);
        assertThat(parking.drained).containsExactly("erp");
    }

    @Test
    void aWindowThatHasStartedIsNeitherEndedNorDrained() {
        Instant now = Instant.now();
        changes.status.change(SystemState.MAINTENANCE, "ERP upgrade", null, now.plusSeconds(3_600), now);

        watch.tick();

        assertThat(changes.ended).isZero();
        assertThat(parking.drained).isEmpty();
    }

    @Test
    void aScheduledWindowThatIsOverIsEndedAsAnyOther() {
        Instant set = Instant.now().minusSeconds(7_200);
        changes.status.change(SystemState.MAINTENANCE, "ERP upgrade", set.plusSeconds(60), set.plusSeconds(3_600), set);

        watch.tick();

        assertThat(changes.ended).isEqualTo(1);
        assertThat(changes.status.state()).isEqualTo(SystemState.ONLINE);
        watch.tick();
        assertThat(parking.drained).as("online: drained on the next tick").containsExactly("erp");
    }

    @Test
    void ofTwoServersOnlyTheLeaseHolderDrainsAndTheOtherTakesOverWhenItStops() {
        FakeParking otherParking = new FakeParking();
        SystemWatch other = watch("b", otherParking);

        watch.tick();
        other.tick();
        watch.tick();
        other.tick();

        assertThat(parking.drained).as("the holder, every tick").containsExactly("erp", "erp");
        assertThat(otherParking.drained).isEmpty();
        assertThat(new Members(database).present(Duration.ofMinutes(1), System.currentTimeMillis()))
                .as("both recorded alive all the same").containsExactlyInAnyOrder("a", "b");

        watch.stop();
        other.tick();

        assertThat(otherParking.drained).as("released: taken over at the next tick").containsExactly("erp");
        watch.tick();
        assertThat(parking.drained).as("a server that stopped and ticks again waits its turn").hasSize(2);
    }

    private SystemWatch watch(String server, FakeParking parking) {
        SystemWatch watch = new SystemWatch();
        watch.settings = new SystemSettings() {
            @Override public List<String> names() { return List.of("erp"); }
            @Override public DrainRate drainRate(String system) { return new DrainRate(20); }
            @Override public Duration backlogAlertAge(String system) { return Duration.ofHours(1); }
            @Override public boolean inMaintenanceWindow(String system, Instant at) { return false; }
        };
        watch.changes = changes;
        watch.parking = parking;
        watch.systems = new Systems();
        watch.systems.breakers = new BreakerCounts(database);
        watch.server = new ServerName(server);
        watch.members = new Members(database);
        watch.leases = new Leases(database);
        watch.alertMail = new AlertMail() {
            @Override public void sendPending() { }
        };
        watch.alerts = new Alerts() {
            @Override public void raise(AlertKind kind, String incidentKey, String title, String detail) { }
            @Override public void resolve(String incidentKey) { }
        };
        return watch;
    }

    private static final class FakeChanges extends StatusChanges {
        final SystemStatus status = new SystemStatus("erp", Instant.now());
        int ended;

        @Override public Optional<SystemStatus> find(String system) { return Optional.of(status); }
        @Override public Optional<SystemStatus> read(String system) { return Optional.of(status); }

        @Override
        public boolean endMaintenanceIfOver(String system, String actor) {
            if (!status.windowOverAt(Instant.now())) {
                return false;
            }
            ended++;
            status.change(SystemState.ONLINE, null, null, Instant.now());
            return true;
        }
    }

    private static final class FakeParking extends Parking {
        final List<String> drained = new ArrayList<>();

        @Override
        public int drain(String system, int limit) {
            drained.add(system);
            return 0;
        }

        @Override public long count(String system) { return 0; }
        @Override public Optional<Instant> oldest(String system) { return Optional.empty(); }
    }
}
