package io.interchange.web.console.tracking;

import io.interchange.orders.api.OrderReferences;
import io.interchange.platform.journal.HopView;
import io.interchange.platform.journal.StoryTree;
import io.interchange.platform.journal.Timelines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The timeline of the key in the address ({@code ?key=}), so a story can be linked and bookmarked.
 * An order's reference (the shop's order id or number, the ERP's sales order id or number) gives the
 * order's whole story: the shop's flow and the ERP's changes, which the journal keeps under two keys.
 * Shown as a tree ({@link StoryTree}): each message with its hops, its retries and the messages an
 * operator resubmitted in its place as children, all expanded.
 */
@Named
@RequestScoped
public class TrackingPage {

    static final int MAX_KEY = 255;

    @Inject
    Timelines timelines;

    @Inject
    OrderReferences orders;

    private String key;
    private List<HopView> hops;
    private TreeNode<StoryTree.Node> tree;

    public List<HopView> getHops() {
        if (hops == null) {
            hops = key == null || key.isBlank() || key.length() > MAX_KEY ? List.of() : story(key.trim());
        }
        return hops;
    }

    private List<HopView> story(String wanted) {
        List<String> keys = orders.storyKeys(wanted);
        if (keys.isEmpty()) {
            return timelines.find(wanted);
        }
        return keys.stream().flatMap(storyKey -> timelines.find(storyKey).stream())
                .sorted(Comparator.comparing(HopView::at)).toList();
    }

    /** The story as a tree; its rows are {@link StoryTree.Node}s. */
    public TreeNode<StoryTree.Node> getTree() {
        if (tree == null) {
            tree = new DefaultTreeNode<>(null, null);
            StoryTree.of(getHops()).forEach(node -> add(node, tree));
        }
        return tree;
    }

    private static void add(StoryTree.Node node, TreeNode<StoryTree.Node> parent) {
        TreeNode<StoryTree.Node> row = new DefaultTreeNode<>(node, parent);
        row.setExpanded(true);
        node.children().forEach(child -> add(child, row));
    }

    public boolean isSearched() {
        return key != null && !key.isBlank();
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
