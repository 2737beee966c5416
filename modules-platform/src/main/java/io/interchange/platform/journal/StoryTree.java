package io.interchange.platform.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's hops as a tree: one node per message, its hops under it; each retry of a consumer
 * (the hops after a {@code RETRY_SCHEDULED}, until the next) a child of the message; a message an
 * operator resubmitted (a new message, {@code RESUBMITTED as <id>}) a child of the original, under
 * the hop that resubmitted it. Messages without a parent in the story come in the order they began.
 */
public final class StoryTree {

    private static final Pattern RESUBMITTED_AS = Pattern.compile("^as (\\S+)");

    private StoryTree() {
    }

    /**
     * A row of the tree: a hop, or a group (a message, a retry) with the time it began.
     *
     * @param hop    null for a group
     * @param label  what a group is, e.g. {@code message interchange.order.placed} or {@code retry 2 by erp-connector}
     */
    public record Node(Instant at, HopView hop, String label, List<Node> children) {

        public boolean group() {
            return hop == null;
        }
    }

    public static List<Node> of(List<HopView> hops) {
        Map<String, List<HopView>> byMessage = new LinkedHashMap<>();
        hops.stream().sorted(Comparator.comparing(HopView::at))
                .forEach(hop -> byMessage.computeIfAbsent(hop.messageId(), id -> new ArrayList<>()).add(hop));
        Map<String, String> parentOf = new HashMap<>();
        byMessage.forEach((id, own) -> own.stream().filter(hop -> hop.hop() == Hop.RESUBMITTED).forEach(hop -> {
            Matcher as = RESUBMITTED_AS.matcher(hop.detail() == null ? "" : hop.detail());
            if (as.find() && byMessage.containsKey(as.group(1)) && !as.group(1).equals(id)) {
                parentOf.put(as.group(1), id);
            }
        }));
        List<Node> roots = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (String id : byMessage.keySet()) {
            if (!parentOf.containsKey(id)) {
                roots.add(message(id, byMessage, new ArrayList<>(List.of(id)), shown));
            }
        }
        for (String id : byMessage.keySet()) {
            if (!shown.contains(id)) { // a loop of resubmissions (a broken journal): every hop is still shown
                roots.add(message(id, byMessage, new ArrayList<>(List.of(id)), shown));
            }
        }
        roots.sort(Comparator.comparing(Node::at));
        return roots;
    }

    /** @param path the messages above this one, so a resubmission loop in a broken journal cannot recurse for ever */
    private static Node message(String id, Map<String, List<HopView>> byMessage, List<String> path, Set<String> shown) {
        shown.add(id);
        List<HopView> own = byMessage.get(id);
        List<Node> children = new ArrayList<>();
        Map<String, List<Node>> openRetry = new HashMap<>();
        Map<String, Integer> retries = new HashMap<>();
        for (HopView hop : own) {
            List<Node> into = openRetry.getOrDefault(hop.actor(), children);
            into.add(new Node(hop.at(), hop, null, List.of()));
            if (hop.hop() == Hop.RETRY_SCHEDULED) {
                int count = retries.merge(hop.actor(), 1, Integer::sum);
                List<Node> retry = new ArrayList<>();
                children.add(new Node(hop.at(), null, "retry " + count + " by " + hop.actor(), retry));
                openRetry.put(hop.actor(), retry);
            }
            if (hop.hop() == Hop.RESUBMITTED) {
                Matcher as = RESUBMITTED_AS.matcher(hop.detail() == null ? "" : hop.detail());
                if (as.find() && byMessage.containsKey(as.group(1)) && !path.contains(as.group(1))) {
                    List<String> deeper = new ArrayList<>(path);
                    deeper.add(as.group(1));
                    into.add(message(as.group(1), byMessage, deeper, shown));
                }
            }
        }
        HopView first = own.get(0);
        return new Node(first.at(), null, "message " + (first.type() == null ? "" : first.type()), children);
    }
}
