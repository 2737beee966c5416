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

    @Test
    void keepsTheDataExactlyAsSent() {
        Envelope event = cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","source":"/s","type":"t",
                 "data":{"price": 19.999999999999999999, "huge":1e999999, "note":"caf\\u00e9"} }"""));

        assertThat(event.data()).isEqualTo("{\"price\": 19.999999999999999999, \"huge\":1e999999, \"note\":\"caf\\u00e9\"}");
    }

    @Test
    void keepsEachBatchEventsDataAndScalarData() {
        List<Envelope> events = cut.readBatch(bytes("""
                [{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1.10}},
                 {"specversion":"1.0","id":"2","source":"/s","type":"t"},
                 {"data":"text","specversion":"1.0","id":"3","source":"/s","type":"t"},
                 {"specversion":"1.0","id":"4","source":"/s","type":"t","data":12.50}]"""), 100);

        assertThat(events).extracting(Envelope::data).containsExactly("{\"n\":1.10}", "null", "\"text\"", "12.50");
    }

    @Test
    void refusesControlCharactersInAnyAttributeNamingIt() {
        String[][] cases = {
            {"/id", "{\"specversion\":\"1.0\",\"id\":\"a\\u0000\",\"source\":\"/s\",\"type\":\"t\"}"},
            {"/source", "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\\u001f\",\"type\":\"t\"}"},
            {"/type", "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\\u007f\"}"},
            {"/subject", "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"subject\":\"x\\ny\"}"},
            {"/tenant", "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"tenant\":\"a\\u0000\"}"}};
        for (String[] c : cases) {
            assertThatThrownBy(() -> cut.readStructured(bytes(c[1])))
                    .as(c[1])
                    .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                        assertThat(e.pointer()).isEqualTo(c[0]);
                        assertThat(e.getMessage()).contains("control character");
                    });
        }
    }

    @Test
    void refusesAttributesOver255CharactersNamingThem() {
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","source":"/s","type":"t","subject":"%s"}""".formatted("x".repeat(256)))))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.pointer()).isEqualTo("/subject"));
        assertThat(cut.readStructured(bytes("""
                {"specversion":"1.0","id":"%s","source":"/s","type":"t"}""".formatted("x".repeat(255)))).id()).hasSize(255);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] prefix = bytes("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"data\":{\"n\":\"");
        byte[] suffix = bytes("\"}}");
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}}) {
            byte[] body = new byte[prefix.length + bad.length + suffix.length];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(bad, 0, body, prefix.length, bad.length);
            System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
            assertThatThrownBy(() -> cut.readStructured(body)).isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("not valid UTF-8");
        }
    }

    @Test
    void refusesLoneSurrogatesAnywhereNamingTheField() {
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"note":"a\\ud800b"}}""")))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/data/note"));
        assertThatThrownBy(() -> cut.readStructured(bytes("""
                {"specversion":"1.0","id":"\\udc00","source":"/s","type":"t"}""")))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.pointer()).isEqualTo("/id"));
        assertThat(cut.readStructured(bytes("""
                {"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"emoji":"\\ud83d\\ude00"}}""")).data())
                .as("a pair is one character").contains("ude00");
    }

    @Test
    void readsBinaryModeDataAsStrictlyAndAsSent() {
        assertThat(cut.readData(bytes("{\"orderId\": 1e999999}"))).isEqualTo("{\"orderId\": 1e999999}");
        assertThatThrownBy(() -> cut.readData(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> cut.readData(bytes("{\"a\":\"\\ud800\"}")))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.pointer()).isEqualTo("/data/a"));
    }
}
