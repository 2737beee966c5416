package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private static Quotas quotas(Map<String, String> settings) {
        Quotas cut = new Quotas();
        cut.config = new MapConfig(settings);
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
}
