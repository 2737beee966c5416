package io.interchange.orders.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.erp.api.ErpConnectorContract;
import io.interchange.erp.api.ErpMessages;
import io.interchange.platform.contract.MessageSchemas;
import io.interchange.platform.operations.PayloadRules;
import io.interchange.platform.operator.OperationRefusedException;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The schemas of the order flow's messages, as the operations' payload edit applies them. */
class OrderSchemasTest {

    private static final MessageSchemas SCHEMAS = MessageSchemas.of(List.of(new OrdersContract(), new ErpConnectorContract()));

    private static AbstractThrowableAssert<?, ?> refused(String type, String payload, String pointer) {
        return assertThatThrownBy(() -> PayloadRules.check(type, payload, SCHEMAS))
                .isInstanceOfSatisfying(OperationRefusedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.why()).isEqualTo(OperationRefusedException.Why.INVALID);
                    org.assertj.core.api.Assertions.assertThat(e.pointer()).isEqualTo(pointer);
                });
    }

    @Test
    void acceptsTheKnownTypesWithTheirFields() {
        assertThatCode(() -> PayloadRules.check("ecp.order.created", "{\"orderId\":\"ord-1\"}", SCHEMAS)).doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check("ecp.order.cancelled", "{\"orderId\":42,\"extra\":true}", SCHEMAS))
                .doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check("erp.salesorder.changed", "{\"salesOrderId\":\"so-1\"}", SCHEMAS))
                .doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check(ErpMessages.SALES_ORDER_LINKED,
                "{\"ecpOrderId\":\"o\",\"ecpOrderNumber\":\"n\",\"erpOrderId\":\"e\",\"erpOrderNumber\":\"s\"}", SCHEMAS))
                .doesNotThrowAnyException();
        assertThatCode(() -> PayloadRules.check(OrderMessages.ORDER_PLACED,
                "{\"order\":{\"ecpOrderId\":\"o\",\"number\":\"1001\",\"lines\":[],\"version\":1}}", SCHEMAS))
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
    void platformMessagesMustHaveTheShapeOfTheirRecord() {
        refused(OrderMessages.ORDER_PLACED,
                "{\"order\":{\"ecpOrderId\":\"o\",\"number\":\"1001\",\"lines\":\"not a list\"}}", "/order/lines")
                .hasMessageContaining("order.lines");
        refused(OrderMessages.ORDER_PLACED,
                "{\"order\":{\"ecpOrderId\":\"o\",\"number\":\"1\",\"createdAt\":\"yesterday\"}}", "/order/createdAt");
        refused(ErpMessages.ERP_ORDER_CHANGED,
                "{\"erpOrderId\":\"e\",\"ecpOrderNumber\":\"n\",\"payments\":[{\"amount\":\"lots\"}]}",
                "/payments/0/amount");
        refused(ErpMessages.CANCELLATION_ANSWERED, "{\"ecpOrderId\":\"o\",\"cancelled\":\"maybe\"}", "/cancelled");
    }

    @Test
    void unknownTypesNeedOnlyValidJson() {
        assertThatCode(() -> PayloadRules.check("registration.activity", "[1,2,3]", SCHEMAS)).doesNotThrowAnyException();
    }
}
