package io.interchange.erp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.delivery.PermanentFailure;
import org.junit.jupiter.api.Test;

class ErpClientTest {

    @Test
    void salesOrderKeysAreEncodedInsideTheirParentheses() {
        assertThat(ErpClient.key("6f1c2a9e-0b7d-4c55-9b43-2f0e8d1a7c10")).isEqualTo("6f1c2a9e-0b7d-4c55-9b43-2f0e8d1a7c10");
        assertThat(ErpClient.key("x')/Microsoft.NAV.cancel")).isEqualTo("x%27%29%2FMicrosoft.NAV.cancel");
        assertThat(ErpClient.key("../x")).isEqualTo("..%2Fx");
        assertThat(ErpClient.key("a b")).isEqualTo("a%20b");
        assertThat(ErpClient.key("100%")).isEqualTo("100%25");
        assertThatThrownBy(() -> ErpClient.key("..")).isInstanceOf(PermanentFailure.class);
    }
}
