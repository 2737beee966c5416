package io.interchange.platform.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.CatalogReader;
import io.interchange.platform.catalog.Subscription.Filter;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.mapping.Mapping;
import io.interchange.platform.mapping.MappingFailure;
import io.interchange.platform.mapping.StandardMessage;
import io.interchange.platform.message.Envelope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {

    static ObjectNode event(String type, String subject, String data) {
        return StandardMessage.of(Envelope.original("evt-1", "/erp/companies/eu", type, subject, Instant.now(), data,
                "EU-1"));
    }

    static Filter type(String type) {
        return new Filter(type, null, null, Map.of(), null);
    }

    @Test
    void typeWithWildcards() {
        ObjectNode changed = event("interchange.erp.order.changed", null, "{}");

        assertThat(SubscriptionFilter.matches(type("interchange.erp.order.changed"), changed)).isTrue();
        assertThat(SubscriptionFilter.matches(type("interchange.erp.order.*"), changed)).isTrue();
        assertThat(SubscriptionFilter.matches(type("interchange.*.changed"), changed)).isTrue();
        assertThat(SubscriptionFilter.matches(type("*"), changed)).isTrue();
        assertThat(SubscriptionFilter.matches(type("interchange.order.*"), changed)).isFalse();
        assertThat(SubscriptionFilter.matches(type("interchange.erp.order"), changed)).isFalse();
    }

    @Test
    void aDotIsADotNotAnyCharacter() {
        assertThat(SubscriptionFilter.matches(type("interchange.order.placed"),
                event("interchangeXorderXplaced", null, "{}"))).isFalse();
    }

    @Test
    void sourceSubjectAndExtensionsMustAllMatch() {
        ObjectNode message = event("interchange.order.placed", "orders/EU-1", "{}");
        Filter all = new Filter("interchange.order.*", "/erp/*", "orders/*", Map.of("correlationid", "EU-*"), null);

        assertThat(SubscriptionFilter.matches(all, message)).isTrue();
        assertThat(SubscriptionFilter.matches(new Filter("*", "/ecp/*", null, Map.of(), null), message)).isFalse();
        assertThat(SubscriptionFilter.matches(new Filter("*", null, null, Map.of("correlationid", "US-*"), null),
                message)).isFalse();
    }

    @Test
    void aMissingAttributeDoesNotMatchEvenAStar() {
        ObjectNode noSubject = event("interchange.order.placed", null, "{}");

        assertThat(SubscriptionFilter.matches(new Filter("*", null, "*", Map.of(), null), noSubject)).isFalse();
        assertThat(SubscriptionFilter.matches(new Filter("*", null, null, Map.of("tenant", "*"), null), noSubject))
                .isFalse();
    }

    @Test
    void aDataExpressionOnTopOfTheAttributes() {
        Filter dutchShipments = new Filter("interchange.erp.order.*", null, null, Map.of(), Mapping.compile(
                "notifications/dutch-shipments filter.data", "$count(data.shipments) > 0 and data.shipTo.country = 'NL'"));

        assertThat(SubscriptionFilter.matches(dutchShipments, event("interchange.erp.order.changed", null,
                "{\"shipTo\":{\"country\":\"NL\"},\"shipments\":[{\"trackingNumber\":\"T1\"}]}"))).isTrue();
        assertThat(SubscriptionFilter.matches(dutchShipments, event("interchange.erp.order.changed", null,
                "{\"shipTo\":{\"country\":\"BE\"},\"shipments\":[{\"trackingNumber\":\"T1\"}]}"))).isFalse();
        assertThat(SubscriptionFilter.matches(dutchShipments, event("interchange.erp.order.changed", null,
                "{\"shipTo\":{\"country\":\"NL\"}}"))).as("no shipments field at all").isFalse();
    }

    @Test
    void anAmountFilterOnMoneyWrittenAsText() {
        Filter large = new Filter("interchange.order.placed", null, null, Map.of(),
                Mapping.compile("m", "$number(data.total) >= 100"));

        assertThat(SubscriptionFilter.matches(large, event("interchange.order.placed", null, "{\"total\":\"100.00\"}")))
                .isTrue();
        assertThat(SubscriptionFilter.matches(large, event("interchange.order.placed", null, "{\"total\":\"99.99\"}")))
                .isFalse();
    }

    @Test
    void aDataExpressionThatFailsIsAFailureNotANoMatch() {
        Filter failing = new Filter("*", null, null, Map.of(),
                Mapping.compile("crm/large-orders filter.data", "$number(data.total) > 100"));

        assertThatThrownBy(() -> SubscriptionFilter.matches(failing,
                event("interchange.order.placed", null, "{\"total\":\"a lot\"}")))
                .isInstanceOf(MappingFailure.class).hasMessageContaining("crm/large-orders filter.data");
    }

    @Test
    void oneEventGoesToEveryMatchingSubscriptionOfTheDemoCatalog() throws Exception {
        List<SystemDescription> systems = List.of(
                CatalogReader.read("crm.yaml", Files.readString(Path.of("../runtime/catalog/crm.yaml"))).system(),
                CatalogReader.read("notifications.yaml",
                        Files.readString(Path.of("../runtime/catalog/notifications.yaml"))).system());

        assertThat(Subscribers.of(event("interchange.order.placed", null, "{}"), systems))
                .extracting(match -> match.subscription().name()).containsExactly("contacts-from-placed-orders");
        assertThat(Subscribers.of(event("interchange.erp.order.changed", null,
                "{\"erpOrderId\":\"so-1\",\"shipments\":[{\"trackingNumber\":\"T1\"}]}"), systems))
                .extracting(match -> match.subscription().name()).containsExactly("shipped-orders");
        assertThat(Subscribers.of(event("interchange.erp.order.changed", null,
                "{\"erpOrderId\":\"so-1\",\"shipments\":[]}"), systems)).as("not shipped yet").isEmpty();
        assertThat(Subscribers.of(event("ecp.order.created", null, "{}"), systems)).isEmpty();
    }
}
