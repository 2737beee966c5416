package io.interchange.orders.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.orders.api.CanonicalOrder;
import io.interchange.platform.delivery.PermanentFailure;
import org.junit.jupiter.api.Test;

class ShopMappingTest {

    // the shop's order document exactly as its API answers GET /orders/{id}
    private static final String ORDER = """
            {"id":"1001","number":"EU-1001","status":"AWAITING_FULFILLMENT","createdAt":"2026-11-21T09:59:58Z",
             "currency":"EUR",
             "customer":{"id":"c-77","email":"ana@example.com","firstName":"Ana","lastName":"Silva"},
             "billingAddress":{"name":"Ana Silva","line1":"Rua A 1","line2":null,"city":"Lisboa","postalCode":"1000-001","country":"PT"},
             "shippingAddress":{"name":"Ana Silva","line1":"Rua A 1","line2":null,"city":"Lisboa","postalCode":"1000-001","country":"PT"},
             "lines":[{"lineId":"1","sku":"TSHIRT-M","name":"T-shirt M","quantity":2,"unitPrice":"19.95"}],
             "totals":{"subtotal":"39.90","shipping":"4.90","tax":"9.18","grandTotal":"53.98"},
             "version":3}""";

    @Test
    void readsTheContractsOrder() {
        CanonicalOrder order = ShopMapping.toCanonical(ORDER);

        assertThat(order.ecpOrderId()).isEqualTo("1001");
        assertThat(order.number()).isEqualTo("EU-1001");
        assertThat(order.customer().email()).isEqualTo("ana@example.com");
        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.unitPrice()).isEqualByComparingTo("19.95");
        });
        assertThat(order.totals().grandTotal()).isEqualByComparingTo("53.98");
        assertThat(order.shippingAddress().line2()).isNull();
    }

    @Test
    void refusesMoneyAsAFloatTotalsThatDoNotAddUpAndAMissingEmail() {
        assertThatThrownBy(() -> ShopMapping.toCanonical(ORDER.replace("\"unitPrice\":\"19.95\"", "\"unitPrice\":19.95")))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("lines[0].unitPrice");
        assertThatThrownBy(() -> ShopMapping.toCanonical(ORDER.replace("\"53.98\"", "\"53.99\"")))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("do not add up");
        assertThatThrownBy(() -> ShopMapping.toCanonical(ORDER.replace("\"email\":\"ana@example.com\",", "")))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("email");
        assertThatThrownBy(() -> ShopMapping.toCanonical(ORDER.replace("\"quantity\":2", "\"quantity\":0")))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("quantity");
    }
}
