package io.interchange.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interchange.platform.message.Envelope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudEventReaderTest {

    private final CloudEventReader cut = new CloudEventReader();

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheContractsExample() {
        Envelope event = cut.readStructured(bytes("""
                {"specversion":"1.0","id":"b2f9c1e0-0001","source":"/ecp/shop-eu","type":"ecp.order.created",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json","data":{"orderId":"1001"}}"""));

        assertThat(event.id()).isEqualTo("b2f9c1e0-0001");
        assertThat(event.source()).isEqualTo("/ecp/shop-eu");
        assertThat(event.type()).isEqualTo("ecp.order.created");
        assertThat(event.time()).hasToString("2026-11-21T10:00:00Z");
        assertThat(event.data()).isEqualTo("{\"orderId\":\"1001\"}");
    }

    @Test
    void namesTheMissingAttribute() {
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","type":"ecp.order.created"}""")))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/source"));
    }

    @Test
    void refusesAnotherSpecVersion() {
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"0.3","id":"1","source":"/s","type":"t"}""")))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/specversion"));
    }

    @Test
    void refusesDuplicateKeysDeepNestingAndHugeNumbers() {
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","id":"2","source":"/s","type":"t"}""")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("Duplicate field");
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","source":"/s","type":"t","data":%s}""".formatted(deep))))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1%s}}""".formatted("0".repeat(200)))))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void readsABatchAndPointsAtTheFaultyEvent() {
        List<Envelope> events = cut.readBatch(bytes("""
                [{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{}},
                 {"specversion":"1.0","id":"2","source":"/s","type":"t","data":{}}]"""), 100);
        assertThat(events).extracting(Envelope::id).containsExactly("1", "2");

        assertThatThrownBy(() -> cut.readBatch(bytes("""
                [{"specversion":"1.0","id":"1","source":"/s","type":"t"},{"specversion":"1.0","source":"/s","type":"t"}]"""), 100))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.pointer()).isEqualTo("/1/id"));
    }

    @Test
    void refusesABatchOverTheLimit() {
        String one = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}";
        String batch = "[" + String.join(",", java.util.Collections.nCopies(3, one)) + "]";
        assertThatThrownBy(() -> cut.readBatch(bytes(batch), 2)).hasMessageContaining("at most 2");
    }
}
