package io.interchange.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiClientsTest {

    @Test
    void findsAClientByItsKeyWithoutKeepingTheKey() {
        ApiClients cut = new ApiClients();
        ApiClient ecp = new ApiClient("ecp", ApiClients.hash("secret-key"), Set.of("ecp.order.created"), null, false);
        cut.register(ecp);

        assertThat(cut.byKey("secret-key")).contains(ecp);
        assertThat(cut.byKey("secret-kez")).isEmpty();
        assertThat(cut.byKey("")).isEmpty();
        assertThat(cut.byKey(null)).isEmpty();
        assertThat(new String(ecp.keyHash(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("secret-key");
    }

    @Test
    void aClientMaySendOnlyItsTypes() {
        ApiClient erp = new ApiClient("erp", new byte[32], Set.of("erp.salesorder.changed"), null, false);

        assertThat(erp.maySend("erp.salesorder.changed")).isTrue();
        assertThat(erp.maySend("ecp.order.created")).isFalse();
    }
}
