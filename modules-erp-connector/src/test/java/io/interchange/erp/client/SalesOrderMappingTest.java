package io.interchange.erp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.erp.api.ErpMessages.ErpOrderChanged;
import io.interchange.orders.api.CanonicalOrder;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesOrderMappingTest {

    private static CanonicalOrder order(String shipping, List<CanonicalOrder.Line> lines) {
        CanonicalOrder.Address address = new CanonicalOrder.Address("Ana Silva", "Rua A 1", null, "Lisboa", "1000-001", "PT");
        return new CanonicalOrder("1001", "EU-1001", "AWAITING_FULFILLMENT", Instant.parse("2026-11-21T09:59:58Z"), "EUR",
                new CanonicalOrder.Customer("c-77", "ana@example.com", "Ana", "Silva"), address, address, lines,
                new CanonicalOrder.Totals(new BigDecimal("39.90"), new BigDecimal(shipping), new BigDecimal("9.18"),
                        new BigDecimal("39.90").add(new BigDecimal(shipping)).add(new BigDecimal("9.18"))), 3);
    }

    private static final List<CanonicalOrder.Line> TSHIRTS =
            List.of(new CanonicalOrder.Line("1", "TSHIRT-M", "T-shirt M", 2, new BigDecimal("19.95")));

    @Test
    void mapsTheContractsExampleWithTheShopsNumberAsExternalDocumentNumber() throws Exception {
        JsonNode salesOrder = CanonicalJson.mapper().readTree(
                SalesOrderMapping.toJson(SalesOrderMapping.toSalesOrder(order("4.90", TSHIRTS))));

        assertThat(salesOrder.get("externalDocumentNumber").asText()).isEqualTo("EU-1001");
        assertThat(salesOrder.get("orderDate").asText()).isEqualTo("2026-11-21");
        assertThat(salesOrder.get("customerName").asText()).isEqualTo("Ana Silva");
        assertThat(salesOrder.get("shipToPostCode").asText()).isEqualTo("1000-001");
        JsonNode item = salesOrder.get("salesOrderLines").get(0);
        assertThat(item.get("lineObjectNumber").asText()).isEqualTo("TSHIRT-M");
        assertThat(item.get("unitPrice").isNumber()).as("the ERP takes a JSON number").isTrue();
        assertThat(item.get("unitPrice").decimalValue()).isEqualByComparingTo("19.95");
        JsonNode shipping = salesOrder.get("salesOrderLines").get(1);
        assertThat(shipping.get("lineType").asText()).isEqualTo("Account");
        assertThat(shipping.get("unitPrice").decimalValue()).isEqualByComparingTo("4.90");
    }

    @Test
    void freeShippingAddsNoLine() {
        Map<String, Object> salesOrder = SalesOrderMapping.toSalesOrder(order("0.00", TSHIRTS));

        assertThat((List<?>) salesOrder.get("salesOrderLines")).hasSize(1);
    }

    @Test
    void anOrderWithoutLinesIsAPermanentFailure() {
        assertThatThrownBy(() -> SalesOrderMapping.toSalesOrder(order("0.00", List.of())))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("no lines");
    }

    @Test
    void readsTheErpStateAsASnapshot() throws Exception {
        JsonNode salesOrder = CanonicalJson.mapper().readTree("""
                {"id":"g-1","number":"SO-000123","externalDocumentNumber":"EU-1001","status":"Invoiced",
                 "currencyCode":"EUR","lastModifiedDateTime":"2026-11-21T12:00:00Z",
                 "shipments":[{"carrier":"DHL","trackingNumber":"JD0001","shippedAt":"2026-11-21T11:00:00Z",
                               "lines":[{"sku":"TSHIRT-M","quantity":2}]}],
                 "payments":[{"status":"Paid","amount":"53.98","invoiceNumber":"INV-000045","paidAt":"2026-11-21T12:00:00Z"}]}""");

        ErpOrderChanged change = SalesOrderMapping.toChange(salesOrder);

        assertThat(change.ecpOrderNumber()).isEqualTo("EU-1001");
        assertThat(change.lastModified()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(change.shipments()).singleElement().satisfies(s -> assertThat(s.trackingNumber()).isEqualTo("JD0001"));
        assertThat(change.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("53.98"));
    }
}
