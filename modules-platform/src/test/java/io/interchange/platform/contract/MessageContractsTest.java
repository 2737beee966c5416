package io.interchange.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageContractsTest {

    /** A context taking {@code test.thing.made} off its queue, with that type's schema. */
    static final class ThingsContract implements MessageContract {

        private final String queue;

        ThingsContract(String queue) {
            this.queue = queue;
        }

        @Override
        public String queue() {
            return queue;
        }

        @Override
        public Set<String> consumes() {
            return Set.of("test.thing.made");
        }

        @Override
        public Set<String> owns() {
            return Set.of("test.thing.made");
        }
    }

    @Test
    void routesATypeToTheQueueOfTheContractTakingIt() {
        RoutingTable table = RoutingTable.of(List.of(new ThingsContract("Things")));

        assertThat(table.queuesFor("test.thing.made")).containsExactly("Things");
        assertThat(table.queuesFor("test.other")).isEmpty();
        assertThat(table.queues()).containsExactly("Things");
    }

    @Test
    void aTypeGoesToEveryContextSubscribedToIt() {
        RoutingTable table = RoutingTable.of(List.of(new ThingsContract("A"), new ThingsContract("B"), new ThingsContract("A")));

        assertThat(table.queuesFor("test.thing.made")).as("each context's queue once").containsExactly("A", "B");
    }

    @Test
    void aContextSubscribesWithWildcardsLikeACatalogSubscription() {
        MessageContract everything = new MessageContract() {
            @Override
            public String queue() {
                return "Audit";
            }

            @Override
            public Set<String> consumes() {
                return Set.of("test.*.made", "other.*");
            }

            @Override
            public Set<String> owns() {
                return Set.of();
            }
        };
        RoutingTable table = RoutingTable.of(List.of(new ThingsContract("Things"), everything));

        assertThat(table.queuesFor("test.thing.made")).containsExactly("Things", "Audit");
        assertThat(table.queuesFor("test.part.made")).containsExactly("Audit");
        assertThat(table.queuesFor("other.x")).containsExactly("Audit");
        assertThat(table.queuesFor("test.thing.sold")).isEmpty();
        assertThat(table.queuesFor("xtest.thing.made")).as("a pattern matches the whole type").isEmpty();
    }

    @Test
    void namesTheFieldThatBreaksTheSchema() throws Exception {
        MessageSchemas schemas = MessageSchemas.of(List.of(new ThingsContract("Things")));
        ObjectMapper json = new ObjectMapper();

        assertThat(schemas.check("test.thing.made", json.readTree("{\"thing\":{\"id\":\"t-1\"}}"))).isEmpty();
        assertThat(schemas.check("test.thing.made", json.readTree("{\"thing\":{}}")))
                .contains(new SchemaViolation("/thing/id", "the payload of test.thing.made needs thing.id"));
        assertThat(schemas.check("test.thing.made", json.readTree("[]")))
                .contains(new SchemaViolation("", "the payload of test.thing.made must be a JSON object"));
        assertThat(schemas.check("test.thing.made", json.readTree("{\"thing\":{\"id\":\" \"}}")).orElseThrow().pointer())
                .isEqualTo("/thing/id");
        assertThat(schemas.check("test.unknown", json.readTree("[1]"))).isEmpty();
    }
}
