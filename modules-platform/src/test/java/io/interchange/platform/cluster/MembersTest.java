package io.interchange.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MembersTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final long T0 = 1_800_000_000_000L;

    private final DataSource database = MigratedDatabase.fresh();
    private final Members a = new Members(database);
    private final Members b = new Members(database);

    @Test
    void aServerSeenWithinTheTimeIsPresentAndOneSilentForLongerIsNot() {
        a.seen("a", T0);
        b.seen("b", T0);
        a.seen("a", T0 + 20_000);

        assertThat(b.present(WITHIN, T0 + 20_000)).containsExactly("a");
        assertThat(a.present(WITHIN, T0 + 15_000)).as("seen exactly 15 s before").containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void beingSeenAgainKeepsOneRowPerServer() {
        for (long t = T0; t < T0 + 5_000; t += 1_000) {
            a.seen("a", t);
        }
        assertThat(a.forget(Duration.ofMillis(1_001), T0 + 5_000)).as("its one row is recent").isZero();
        assertThat(a.forget(Duration.ZERO, T0 + 5_000)).as("its one row").isEqualTo(1);
    }

    @Test
    void serversGoneLongAreForgotten() {
        a.seen("gone", T0);
        a.seen("a", T0 + 86_400_000);

        assertThat(a.forget(Duration.ofDays(1), T0 + 86_400_001)).isEqualTo(1);
        assertThat(a.present(Duration.ofDays(10), T0 + 86_400_001)).containsExactly("a");
    }
}
