package io.interchange.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.interchange.platform.message.Envelope;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many messages failing for one reason with different values are one group, so one alert. */
class FailureGroupShapeTest {

    private static final String CREATED = "ecp.order.created";

    private static Envelope order(String orderId) {
        return Envelope.original("evt-" + orderId, "shop", CREATED, null, Instant.now(), "{\"orderId\":\"" + orderId + "\"}",
                orderId);
    }

    private static Set<String> groups(List<String> values, Function<String, String> reason) {
        return values.stream().map(v -> FailureGroup.of("orders", order(v), reason.apply(v))).collect(Collectors.toSet());
    }

    @Test
    void unknownOrdersWithJunkIdsAreOneGroup() {
        List<String> ids = List.of("no-such-order-1", "drop-table", "abc", "<script>alert(1)</script>", "ÄÖÜ-ß",
                "'; select 1; --", "a b c");
        Set<String> groups = groups(ids, id -> "GET order " + id + " answered 404: {\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"There is no order " + id.replace("\"", "\\\"") + ".\"}");

        assertThat(groups).hasSize(1);
        assertThat(groups.iterator().next()).contains("404").doesNotContain("drop-table").doesNotContain("script");
    }

    @Test
    void differentQuotedValuesAreOneGroup() {
        assertThat(groups(List.of("x1", "yy", "zzz", "a'b"), v -> "the event's data is not JSON: Unrecognized token '"
                + v + "': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')")).hasSize(1);
        assertThat(groups(List.of("EUR", "euro", "€", ""), v -> "the shop's order cannot be taken: currency \"" + v
                + "\" is not an ISO 4217 code")).hasSize(1);
    }

    @Test
    void differentHttpBodiesOfOneAnswerAreOneGroup() {
        List<String> bodies = List.of("{\"error\":\"busy\",\"retry\":true}", "{\"error\":\"overloaded\",\"retry\":false}",
                "{\"error\":\"busy\",\"retry\":null}");
        assertThat(groups(bodies, body -> "still failing after 10 retries: create sales order SO-1 answered 503: " + body))
                .hasSize(1);
    }

    @Test
    void urlsPathsAndEmailAddressesAreValues() {
        assertThat(groups(List.of("ann@example.com", "bob.smith+x@mail.example.org"),
                email -> "the mail server refused " + email + ": 550 5.1.1 <" + email + "> unknown user")).hasSize(1);
        assertThat(groups(List.of("abc", "0cc175b9c0f1b6a831c399e269772661"),
                hash -> "PUT member of list answered 400 at http://localhost:28094/3.0/lists/main/members/" + hash))
                .hasSize(1);
        assertThat(groups(List.of("abc", "def/ghi"), path -> "GET /orders/" + path + "/erp-reference answered 404"))
                .hasSize(1);
        assertThat(List.of("[1]", "[1, 2, 3]", "[\"a\", \"b\"]").stream()
                .map(list -> FailureGroup.of("orders", CREATED, "unknown lines " + list)).distinct()).hasSize(1);
    }

    @Test
    void differentReasonsStayDifferentGroups() {
        Envelope message = order("ord-1");
        Set<String> groups = Set.of(
                FailureGroup.of("orders", message, "GET order ord-1 answered 404"),
                FailureGroup.of("orders", message, "GET order ord-1 answered 503"),
                FailureGroup.of("orders", message, "the event's data is not JSON"),
                FailureGroup.of("orders", message, "the event's data has no orderId"),
                FailureGroup.of("erp-connector", message, "GET order ord-1 answered 404"),
                FailureGroup.of("orders", order("ord-2"), "the mail server refused a@b.example: 550 unknown user"));

        assertThat(groups).hasSize(6);
    }
}
