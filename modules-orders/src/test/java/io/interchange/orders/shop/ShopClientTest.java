package io.interchange.orders.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.delivery.PermanentFailure;
import org.junit.jupiter.api.Test;

class ShopClientTest {

    @Test
    void orderIdsStayOneSegmentOfTheShopsUrls() {
        assertThat(ShopClient.segment("1001")).isEqualTo("1001");
        assertThat(ShopClient.segment("../../sim/ecp/summary")).isEqualTo("..%2F..%2Fsim%2Fecp%2Fsummary");
        assertThat(ShopClient.segment("a/b")).isEqualTo("a%2Fb");
        assertThat(ShopClient.segment("it's")).isEqualTo("it%27s");
        assertThat(ShopClient.segment("a b")).isEqualTo("a%20b");
        assertThat(ShopClient.segment("100%")).isEqualTo("100%25");
        assertThatThrownBy(() -> ShopClient.segment("..")).isInstanceOf(PermanentFailure.class);
    }
}
