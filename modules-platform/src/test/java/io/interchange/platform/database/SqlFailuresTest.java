package io.interchange.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.database.SqlFailures.Meaning;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void theDatabaseAwayOrSlowIsRetriedAndCountsForTheBreaker() {
        assertThat(SqlFailures.meaning(new SQLException("refused", "08001"))).isEqualTo(Meaning.UNAVAILABLE);
        assertThat(SqlFailures.meaning(new SQLException("Connection is broken", "90067"))).isEqualTo(Meaning.UNAVAILABLE);
        assertThat(SqlFailures.meaning(new SQLException("canceling statement due to statement timeout", "57014")))
                .isEqualTo(Meaning.UNAVAILABLE);
        assertThat(SqlFailures.meaning(new SQLException("too many connections", "53300"))).isEqualTo(Meaning.UNAVAILABLE);
        assertThat(SqlFailures.meaning(new SQLTransientConnectionException("pool timed out"))).isEqualTo(Meaning.UNAVAILABLE);

        RuntimeException failure = SqlFailures.of("warehouse", "SQL warehouse/pick-order", new SQLException("refused", "08001"));
        assertThat(failure).isInstanceOf(TransientFailure.class);
        assertThat(((TransientFailure) failure).systemUnhealthy()).isTrue();
    }

    @Test
    void aDeadlockOrSerializationFailureIsRetriedWithoutBlamingTheSystem() {
        assertThat(SqlFailures.meaning(new SQLException("deadlock detected", "40P01"))).isEqualTo(Meaning.CONFLICT);
        assertThat(SqlFailures.meaning(new SQLException("could not serialize", "40001"))).isEqualTo(Meaning.CONFLICT);

        RuntimeException failure = SqlFailures.of("warehouse", "x", new SQLException("deadlock", "40001"));
        assertThat(((TransientFailure) failure).systemUnhealthy()).isFalse();
    }

    @Test
    void constraintDataAndSyntaxErrorsArePermanentWithStateAndMessage() {
        assertThat(SqlFailures.meaning(new SQLException("fk", "23506"))).isEqualTo(Meaning.PERMANENT);
        assertThat(SqlFailures.meaning(new SQLException("value too long", "22001"))).isEqualTo(Meaning.PERMANENT);
        assertThat(SqlFailures.meaning(new SQLException("no such table", "42S02"))).isEqualTo(Meaning.PERMANENT);

        RuntimeException failure = SqlFailures.of("warehouse", "SQL warehouse/pick-order",
                new SQLException("Referential integrity constraint violation: FK_SKU\nmore detail", "23506"));
        assertThat(failure).isInstanceOf(PermanentFailure.class)
                .hasMessage("warehouse: SQL warehouse/pick-order failed: SQL state 23506: Referential integrity"
                        + " constraint violation: FK_SKU");
    }

    @Test
    void theStateOfAWrappedCauseCounts() {
        SQLException wrapped = new SQLException("pool says no", null, new SQLException("refused", "08006"));

        assertThat(SqlFailures.meaning(wrapped)).isEqualTo(Meaning.UNAVAILABLE);
    }
}
