package io.interchange.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DutyTest {

    private static final long T0 = 1_800_000_000_000L;

    private final DataSource database = MigratedDatabase.fresh();
    private final Duty a = new Duty(new Leases(database), "watch", new ServerName("a"), Duration.ofSeconds(10));
    private final Duty b = new Duty(new Leases(database), "watch", new ServerName("b"), Duration.ofSeconds(10));

    @Test
    void oneServerDoesTheWorkWhileItRenewsTheOtherAfterItStops() {
        assertThat(a.mine(T0)).isTrue();
        assertThat(b.mine(T0 + 500)).isFalse();
        assertThat(a.mine(T0 + 1_000)).isTrue();
        assertThat(b.mine(T0 + 10_500)).as("renewed at T0 + 1 s").isFalse();

        assertThat(b.mine(T0 + 11_001)).as("a stopped renewing").isTrue();
        assertThat(a.mine(T0 + 11_500)).isFalse();
        assertThat(a.held()).isFalse();
        assertThat(b.held()).isTrue();
    }

    @Test
    void aReleaseHandsTheWorkOverAtTheOthersNextRound() {
        a.mine(T0);
        a.release();

        assertThat(a.held()).isFalse();
        assertThat(b.mine(T0 + 1_000)).isTrue();
    }

    @Test
    void withoutTheDatabaseNoServerDoesTheWork() {
        Duty cutOff = new Duty(new Leases(new BrokenDataSource()), "watch", new ServerName("c"), Duration.ofSeconds(10));

        assertThat(cutOff.mine(T0)).isFalse();
        cutOff.release();
    }
}
