package io.interchange.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BusinessKeyRuleTest {

    private final BusinessKeyRule cut = new BusinessKeyRule("ecp.order.created", "orderId",
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}"));

    private static void assertRefused(BusinessKeyRule rule, String data, String pointer, String message) {
        assertThatThrownBy(() -> rule.keyOf(data, ""))
                .as(data)
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void takesAStringOrAnIntegerKey() {
        assertThat(cut.keyOf("{\"orderId\":\"1001\"}", "")).isEqualTo("1001");
        assertThat(cut.keyOf("{\"orderId\": 1001}", "")).isEqualTo("1001");
        assertThat(cut.keyOf("{\"orderId\":\"no-such-order-17\",\"other\":1e999999}", "")).isEqualTo("no-such-order-17");
    }

    @Test
    void theKeyIsRequired() {
        assertRefused(cut, "{}", "/data/orderId", "needs data.orderId");
        assertRefused(cut, "{\"orderId\":null}", "/data/orderId", "needs data.orderId");
        assertRefused(cut, "null", "/data/orderId", "needs data.orderId");
        assertRefused(cut, "[1]", "/data/orderId", "needs data.orderId");
        assertRefused(cut, "{\"orderId\":\"  \"}", "/data/orderId", "empty");
    }

    @Test
    void refusesKeysThatAreNeitherStringsNorIntegers() {
        for (String value : new String[] {"1e999999", "19.99999999999", "1.0", "99999999999999999999", "{}", "[]",
                "true"}) {
            assertRefused(cut, "{\"orderId\":" + value + "}", "/data/orderId", "a string or an integer");
        }
    }

    @Test
    void refusesControlCharactersAndOverlongKeysEvenWithoutAPattern() {
        BusinessKeyRule anyText = new BusinessKeyRule("t", "key", null);

        assertRefused(anyText, "{\"key\":\"p\\u0000\"}", "/data/key", "control character");
        assertRefused(anyText, "{\"key\":\"" + "1".repeat(256) + "\"}", "/data/key", "longer than 255");
        assertThat(anyText.keyOf("{\"key\":\"" + "1".repeat(255) + "\"}", "")).hasSize(255);
    }

    @Test
    void refusesKeysOutsideTheTypesFormatNamingTheEventInABatch() {
        for (String key : new String[] {"../../sim/ecp/summary", "a/b", "it's", "a b", "100%", "..", "x".repeat(65)}) {
            assertThatThrownBy(() -> cut.keyOf("{\"orderId\":\"" + key + "\"}", "/3"))
                    .as(key)
                    .isInstanceOfSatisfying(InvalidEventException.class,
                            e -> assertThat(e.pointer()).isEqualTo("/3/data/orderId"));
        }
    }
}
