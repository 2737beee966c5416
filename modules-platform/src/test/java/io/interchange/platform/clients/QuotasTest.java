package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.cluster.BrokenDataSource;
import io.interchange.platform.cluster.MigratedDatabase;
import io.interchange.platform.cluster.SharedTokenBuckets;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private final DataSource database = MigratedDatabase.fresh();

    private Quotas quotas(Map<String, String> settings) {
        return quotas(settings, database);
    }

    private static Quotas quotas(Map<String, String> settings, DataSource database) {
        Quotas cut = new Quotas();
        cut.config = new MapConfig(settings);
        cut.buckets = new SharedTokenBuckets(database);
        return cut;
    }

    @Test
    void everyKeyHasAQuotaEvenWithoutSettings() {
        Quotas cut = quotas(Map.of());

        assertThat(cut.burst("ecp")).isEqualTo(100);
        assertThat(cut.take("ecp", 100)).as("the default burst").isZero();
        assertThat(cut.take("ecp", 10)).as("then the default rate, 50/s").isPositive();
    }

    @Test
    void theDefaultsAreConfigurable() {
        Quotas cut = quotas(Map.of("interchange.quota.default-per-second", "1000",
                "interchange.quota.default-burst", "5000"));

        assertThat(cut.burst("ecp")).isEqualTo(5000);
        assertThat(cut.take("ecp", 5000)).isZero();
    }

    @Test
    void aClientsOwnQuotaWinsOverTheDefault() {
        Quotas cut = quotas(Map.of("interchange.client.burst.quota-per-second", "1",
                "interchange.client.burst.quota-burst", "2",
                "interchange.client.slow.quota-per-second", "3"));

        assertThat(cut.burst("burst")).isEqualTo(2);
        assertThat(cut.burst("slow")).as("one second's worth without its own burst").isEqualTo(3);
        assertThat(cut.burst("ecp")).isEqualTo(100);
        assertThat(cut.take("burst", 2)).isZero();
        assertThat(cut.take("burst", 1)).isEqualTo(1);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        Quotas cut = quotas(Map.of("interchange.quota.default-burst", "1",
                "interchange.quota.default-per-second", "1"));

        assertThat(cut.take("ecp", 1)).isZero();
        assertThat(cut.take("erp", 1)).isZero();
        assertThat(cut.take("ecp", 1)).isEqualTo(1);
    }

    @Test
    void twoServersShareAKeysQuota() {
        Map<String, String> settings = Map.of("interchange.client.burst.quota-per-second", "1",
                "interchange.client.burst.quota-burst", "2");
        Quotas one = quotas(settings);
        Quotas other = quotas(settings);

        assertThat(one.take("burst", 1)).isZero();
        assertThat(other.take("burst", 1)).isZero();
        assertThat(one.take("burst", 1)).as("the other server took the second").isEqualTo(1);
        assertThat(other.take("burst", 1)).isEqualTo(1);
    }

    @Test
    void anOperationsQuotaIsSharedToo() {
        Quotas one = quotas(Map.of());
        Quotas other = quotas(Map.of());

        assertThat(one.take("ops→crm/upsert-contact", 1, 1)).isZero();
        assertThat(other.take("ops→crm/upsert-contact", 1, 1)).isEqualTo(1);
        assertThat(other.take("ops→crm/find-contact", 1, 1)).as("another operation").isZero();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAreLetThrough() {
        Quotas cut = quotas(Map.of("interchange.quota.default-burst", "1"), new BrokenDataSource());

        assertThat(cut.take("ecp", 1)).isZero();
        assertThat(cut.take("ecp", 1)).as("not counted, so not refused").isZero();
        assertThat(cut.burst("ecp")).as("the settings alone").isEqualTo(1);
    }
}
