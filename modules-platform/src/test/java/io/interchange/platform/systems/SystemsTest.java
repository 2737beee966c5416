package io.interchange.platform.systems;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.cluster.BreakerCounts;
import io.interchange.platform.cluster.BrokenDataSource;
import io.interchange.platform.cluster.MigratedDatabase;
import io.interchange.platform.delivery.TransientFailure;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two servers' {@link Systems} counting the ERP's failures in one database (H2). */
class SystemsTest {

    private final DataSource database = MigratedDatabase.fresh();
    private final List<String> breaks = new ArrayList<>();
    private final Systems a = systems(database);
    private final Systems b = systems(database);

    @Test
    void theFailureOfEitherServerThatReachesTheThresholdOpensTheBreakerOnce() {
        for (int i = 0; i < 2; i++) {
            a.failed(unhealthy());
            b.failed(unhealthy());
        }
        assertThat(breaks).as("four of five").isEmpty();

        a.failed(unhealthy());
        b.failed(unhealthy());

        assertThat(breaks).containsExactly("erp");
        assertThat(b.consecutiveFailures("erp")).isEqualTo(6);
    }

    @Test
    void aSuccessOnEitherServerStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            a.failed(unhealthy());
        }
        b.succeeded("erp");

        assertThat(a.consecutiveFailures("erp")).isZero();
        a.failed(unhealthy());
        assertThat(breaks).isEmpty();
    }

    @Test
    void onlyAnUnwellKnownSystemIsCounted() {
        a.failed(new TransientFailure("erp", "a conflict", null, null, false));
        a.failed(new TransientFailure("unknown", "timeout", null, null, true));

        assertThat(a.consecutiveFailures("erp")).isZero();
        assertThat(a.consecutiveFailures("unknown")).isZero();
    }

    @Test
    void withoutTheDatabaseADeliveryIsNeverFailedByTheCount() {
        Systems cutOff = systems(new BrokenDataSource());

        cutOff.failed(unhealthy());
        cutOff.succeeded("erp");
        cutOff.reset("erp");

        assertThat(breaks).isEmpty();
    }

    private static TransientFailure unhealthy() {
        return new TransientFailure("erp", "no answer", null, null, true);
    }

    private Systems systems(DataSource shared) {
        Systems systems = new Systems();
        systems.breakers = new BreakerCounts(shared);
        systems.settings = new SystemSettings() {
            @Override public boolean isKnown(String system) { return "erp".equals(system); }
            @Override public int breakerFailures(String system) { return 5; }
        };
        systems.changes = new StatusChanges() {
            @Override
            public void breakIfOnline(String system, String reason) {
                breaks.add(system);
            }
        };
        return systems;
    }
}
