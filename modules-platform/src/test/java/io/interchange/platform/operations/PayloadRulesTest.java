package io.interchange.platform.operations;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.canonical.OrderMessages;
import io.interchange.platform.operator.OperationRefusedException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class PayloadRulesTest {

    private static AbstractThrowableAssert<?, ?> refused(String type, String payload, String pointer) {
        return assertThatThrownBy(() -> PayloadRules.check(type, payload))
                .isInstanceOfSatisfying(OperationRefusedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.why()).isEqualTo(OperationRefusedException.Why.INVALID);
                    org.assertj.core.api.Assertions.assertThat(e.pointer()).isEqualTo(pointer);
                });
    }

    @Test
    void acceptsTheKnownTypesWithTheirFields() {
        assertThatCode(() -> PayloadRules.check("ecp.order.created", "{\"orderId\":\"ord-1\"}")).doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check("ecp.order.cancelled", "{\"orderId\":42,\"extra\":true}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check("erp.salesorder.changed", "{\"salesOrderId\":\"so-1\"}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check(OrderMessages.SALES_ORDER_LINKED,
                "{\"ecpOrderId\":\"o\",\"ecpOrderNumber\":\"n\",\"erpOrderId\":\"e\",\"erpOrderNumber\":\"s\"}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check(OrderMessages.ORDER_PLACED,
                "{\"order\":{\"ecpOrderId\":\"o\",\"number\":\"1001\",\"lines\":[],\"version\":1}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesInvalidJson() {
        refused("ecp.order.created", "{\"orderId\":", "").hasMessageContaining("not valid JSON");
        refused("ecp.order.created", "{\"orderId\":\"a\",\"orderId\":\"b\"}", "").hasMessageContaining("Duplicate");
        refused("ecp.order.created", "{\"orderId\":\"a\"} {}", "");
        refused("ecp.order.created", "", "").hasMessageContaining("empty");
        refused("some.other.type", "not json", "");
    }

    @Test
    void namesTheMissingRequiredField() {
        refused("ecp.order.created", "{\"orderid\":\"ord-1\"}", "/orderId").hasMessageContaining("orderId");
        refused("ecp.order.cancelled", "{\"orderId\":\"  \"}", "/orderId");
        refused("ecp.order.created", "{\"orderId\":{\"id\":1}}", "/orderId");
        refused("erp.salesorder.changed", "{\"orderId\":\"x\"}", "/salesOrderId");
        refused("ecp.order.created", "[\"ord-1\"]", "").hasMessageContaining("JSON object");
        refused(OrderMessages.ORDER_PLACED, "{}", "/order").hasMessageContaining("order");
        refused(OrderMessages.ORDER_PLACED, "{\"order\":{\"ecpOrderId\":\"o\"}}", "/order/number")
                .hasMessageContaining("order.number");
    }

    @Test
    void platformMessagesMustReadAsTheirCanonicalRecord() {
        refused(OrderMessages.ORDER_PLACED,
                "{\"order\":{\"ecpOrderId\":\"o\",\"number\":\"1001\",\"lines\":\"not a list\"}}", "/order/lines")
                .hasMessageContaining("OrderPlaced");
        refused(OrderMessages.CANCELLATION_ANSWERED, "{\"ecpOrderId\":\"o\",\"cancelled\":\"maybe\"}", "/cancelled");
    }

    @Test
    void unknownTypesNeedOnlyValidJson() {
        assertThatCode(() -> PayloadRules.check("registration.activity", "[1,2,3]")).doesNotThrowAnyException();
    }
}
