package io.interchange.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class InboundDeliveryDescribeTest {

    @Test
    void aDatabaseErrorIsDescribedByItsSqlStateOnly() {
        var sql = new SQLIntegrityConstraintViolationException("Unique index or primary key violation:"
                + " \"PUBLIC.UK_REG ON PUBLIC.REG_RECORD(REGISTRATION_ID)\"; SQL statement:\nINSERT INTO REG_RECORD", "23505");
        String described = InboundDelivery.describe(new IllegalStateException("wrapped", new RuntimeException(sql)));

        assertThat(described).contains("SQL state 23505").doesNotContain("PUBLIC", "INSERT", "REG_RECORD", "UK_REG");
    }

    @Test
    void anyOtherErrorKeepsItsRootMessage() {
        assertThat(InboundDelivery.describe(new RuntimeException(new IllegalArgumentException("no such ticket"))))
                .isEqualTo("IllegalArgumentException: no such ticket");
    }
}
