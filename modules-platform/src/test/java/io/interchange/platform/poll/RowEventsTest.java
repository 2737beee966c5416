package io.interchange.platform.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.CatalogReader;
import io.interchange.platform.catalog.Poll;
import io.interchange.platform.mapping.MappingFailure;
import io.interchange.platform.message.Envelope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo warehouse's SHIPMENT rows as the events the shop's shipments are made from. */
class RowEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Poll poll;

    @BeforeEach
    void warehouse() throws Exception {
        poll = CatalogReader.read("warehouse.yaml", Files.readString(Path.of("../runtime/catalog/warehouse.yaml")))
                .system().inbound().poll();
    }

    private static ObjectNode row(long id, String lines) throws Exception {
        return (ObjectNode) JSON.readTree("{\"SHIPMENT_ID\":" + id + ",\"ORDER_ID\":\"E-7\",\"ORDER_NUMBER\":\"1007\","
                + "\"CARRIER\":\"DHL\",\"TRACKING_NUMBER\":\"WH00042\",\"SHIPPED_AT\":\"2026-12-06T08:00:00Z\","
                + "\"LINES\":" + JSON.writeValueAsString(lines) + "}");
    }

    @Test
    void aShipmentRowBecomesOneEventIdentifiedByItsKey() throws Exception {
        Envelope event = RowEvents.of(poll, row(42, "TSHIRT-M:2,MUG:1"), Instant.now());

        assertThat(event.id()).isEqualTo("warehouse-shipment-42");
        assertThat(event.source()).isEqualTo("/systems/warehouse");
        assertThat(event.type()).isEqualTo("warehouse.shipment.shipped");
        assertThat(event.subject()).as("the shop's order id: the order's timeline").isEqualTo("E-7");
        JsonNode data = JSON.readTree(event.data());
        assertThat(data.path("ecpOrderId").asText()).isEqualTo("E-7");
        assertThat(data.path("lines")).hasSize(2);
        assertThat(data.path("lines").path(1).path("sku").asText()).isEqualTo("MUG");
        assertThat(data.path("lines").path(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void oneLineIsStillAList() throws Exception {
        JsonNode data = JSON.readTree(RowEvents.of(poll, row(43, "MUG:3"), Instant.now()).data());

        assertThat(data.path("lines").isArray()).isTrue();
        assertThat(data.path("lines").path(0).path("quantity").asInt()).isEqualTo(3);
    }

    @Test
    void theSameRowReadTwiceIsTheSameEvent() throws Exception {
        assertThat(RowEvents.of(poll, row(44, "MUG:1"), Instant.now()).id())
                .isEqualTo(RowEvents.of(poll, row(44, "MUG:1"), Instant.now().plusSeconds(60)).id());
    }

    @Test
    void rowsGivenOneIdAreRefusedNotTakenForDuplicates() throws Exception {
        ObjectNode first = row(45, "MUG:1");
        ObjectNode second = row(46, "MUG:2");
        first.remove("SHIPMENT_ID");
        second.remove("SHIPMENT_ID");

        assertThatThrownBy(() -> RowEvents.of(poll, List.of(first, second), Instant.now()))
                .isInstanceOf(MappingFailure.class).hasMessageContaining("to two rows");
        assertThat(RowEvents.of(poll, List.of(row(45, "MUG:1"), row(46, "MUG:2")), Instant.now())).hasSize(2);
    }
}
