package io.interchange.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTreeTest {

    private final Instant start = Instant.parse("2026-12-06T08:00:00Z");
    private int tick;

    private HopView hop(String message, Hop hop, String actor, String detail) {
        return new HopView(message, "order-1", "interchange.order.placed", hop, actor, start.plusSeconds(tick++), detail);
    }

    @Test
    void eachMessageIsANodeWithItsHopsUnderIt() {
        List<StoryTree.Node> tree = StoryTree.of(List.of(hop("a", Hop.RECEIVED, "intake", null),
                hop("a", Hop.CONSUMED, "orders", null), hop("b", Hop.PUBLISHED, "orders", null)));

        assertThat(tree).hasSize(2);
        assertThat(tree.get(0).label()).isEqualTo("message interchange.order.placed");
        assertThat(tree.get(0).children()).extracting(node -> node.hop().hop()).containsExactly(Hop.RECEIVED, Hop.CONSUMED);
    }

    @Test
    void theHopsOfEachRetryAreChildrenOfTheirRetry() {
        List<StoryTree.Node> tree = StoryTree.of(List.of(hop("a", Hop.CONSUMED, "erp-connector", null),
                hop("a", Hop.ATTEMPT_FAILED, "erp-connector", "503"),
                hop("a", Hop.RETRY_SCHEDULED, "erp-connector", "retry 1"),
                hop("a", Hop.ATTEMPT_FAILED, "erp-connector", "503"),
                hop("a", Hop.DELIVERED, "crm/upsert-contact", null),
                hop("a", Hop.RETRY_SCHEDULED, "erp-connector", "retry 2"),
                hop("a", Hop.CONSUMED, "erp-connector", "done")));

        List<StoryTree.Node> message = tree.get(0).children();
        assertThat(message).extracting(node -> node.group() ? node.label() : node.hop().hop().name()).containsExactly(
                "CONSUMED", "ATTEMPT_FAILED", "RETRY_SCHEDULED", "retry 1 by erp-connector", "DELIVERED",
                "retry 2 by erp-connector");
        assertThat(message.get(3).children()).extracting(node -> node.hop().hop())
                .containsExactly(Hop.ATTEMPT_FAILED, Hop.RETRY_SCHEDULED);
        assertThat(message.get(5).children()).extracting(node -> node.hop().detail()).containsExactly("done");
    }

    @Test
    void aResubmittedMessageIsAChildOfItsOriginalUnderTheHopThatResubmittedIt() {
        List<HopView> hops = new ArrayList<>(List.of(hop("a", Hop.FAILED, "erp-connector", "400"),
                hop("a", Hop.RESUBMITTED, "operator", "as b by alice"),
                hop("b", Hop.ENQUEUED, "operator", null),
                hop("b", Hop.RESUBMITTED, "operator", "as c by bob"),
                hop("c", Hop.CONSUMED, "erp-connector", null)));

        List<StoryTree.Node> tree = StoryTree.of(hops);

        assertThat(tree).hasSize(1);
        StoryTree.Node b = tree.get(0).children().get(2);
        assertThat(b.group()).isTrue();
        assertThat(b.children().get(0).hop().messageId()).isEqualTo("b");
        assertThat(b.children().get(2).children().get(0).hop().messageId()).isEqualTo("c");
    }

    @Test
    void aResubmissionLoopInABrokenJournalDoesNotRecurseForEver() {
        List<StoryTree.Node> tree = StoryTree.of(List.of(hop("a", Hop.RESUBMITTED, "operator", "as b by x"),
                hop("b", Hop.RESUBMITTED, "operator", "as a by x")));

        assertThat(tree).hasSize(1);
        assertThat(tree.get(0).children().get(1).children()).as("b, under a, and not a again under b").hasSize(1);
    }
}
