package io.interchange.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureGroupTest {

    @Test
    void theSameFailureOfManyOrdersIsOneGroup() {
        String first = FailureGroup.of("erp-connector", "interchange.order.placed",
                "still failing after 5 retries: erp: create sales order SO-10023 answered 503: {\"error\":\"busy\"}");
        String second = FailureGroup.of("erp-connector", "interchange.order.placed",
                "still failing after 5 retries: erp: create sales order SO-99 answered 503: {\"error\":\"busy\"}");

        assertThat(first).isEqualTo(second)
                .isEqualTo("erp-connector | interchange.order.placed | still failing after # retries: erp: "
                        + "create sales order # answered 503: {\"error\":\"#\"}");
    }

    @Test
    void idsAndNumbersAreMaskedButHttpStatusesKept() {
        assertThat(FailureGroup.mask("ecp: GET /orders/7f3c9a2e-1b4d-4c8e-9f00-0123456789ab answered 404"))
                .isEqualTo("ecp: GET /orders/# answered 404");
        assertThat(FailureGroup.mask("attempt 3: SQLException: lock timeout after 10000 ms"))
                .isEqualTo("attempt #: SQLException: lock timeout after # ms");
        assertThat(FailureGroup.mask("HTTP 429 at 2026-11-21T10:00:00Z")).isEqualTo("HTTP 429 at #");
        assertThat(FailureGroup.mask("answered 404: {\"status\":404,\"detail\":\"no order 17\"}"))
                .isEqualTo("answered 404: {\"status\":404,\"detail\":\"#\"}");
    }

    @Test
    void differentStatusesConsumersOrTypesAreDifferentGroups() {
        String reason404 = "ecp: GET /orders/ord-1 answered 404";
        String reason503 = "ecp: GET /orders/ord-1 answered 503";

        assertThat(FailureGroup.of("orders", "ecp.order.created", reason404))
                .isNotEqualTo(FailureGroup.of("orders", "ecp.order.created", reason503))
                .isNotEqualTo(FailureGroup.of("erp-connector", "ecp.order.created", reason404))
                .isNotEqualTo(FailureGroup.of("orders", "ecp.order.cancelled", reason404));
    }

    @Test
    void aLongReasonMakesABoundedGroup() {
        assertThat(FailureGroup.of("orders", "ecp.order.created", "x".repeat(5000))).hasSize(FailureGroup.MAX_LENGTH);
    }
}
