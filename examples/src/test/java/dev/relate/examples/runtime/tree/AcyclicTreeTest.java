package dev.relate.examples.runtime.tree;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code acyclic = true}: every path that links refuses an object that is the owner or one of its
 * ancestors, with {@code [RelateCycle]} or {@code [RelateOwnParent]}, and changes nothing.
 */
class AcyclicTreeTest {
    private final List<TreeNode> nodes = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    private TreeNode node() {
        TreeNode node = new TreeNode();
        nodes.add(node);
        return node;
    }

    private TreeNode node(TreeNode parent) {
        TreeNode node = node();
        TreeNodeRelations.setParent(node, parent);
        return node;
    }

    private Group group() {
        Group group = new Group();
        groups.add(group);
        return group;
    }

    @AfterEach
    void endsAgreeAndNoNodeIsItsOwnAncestor() {
        Invariants.assertOneToMany("TreeNode.children/TreeNode.parent", nodes, nodes, n -> n.children, n -> n.parent);
        Invariants.assertOneToMany("Group.members/Group.owner", groups, groups, g -> g.members, g -> g.owner);
        for (TreeNode node : nodes) {
            int steps = 0;
            for (TreeNode up = node.parent; up != null; up = up.parent) {
                assertThat(up).isNotSameInstanceAs(node);
                assertThat(++steps).isAtMost(nodes.size());
            }
        }
    }

    /** Every node's parent and children, to compare after a refused operation. */
    private List<List<Object>> snapshot() {
        List<List<Object>> state = new ArrayList<>();
        for (TreeNode node : nodes) {
            state.add(Arrays.asList(node, node.parent, new ArrayList<>(node.children)));
        }
        return state;
    }

    private void refusedWithoutChange(String id, Executable operation) {
        List<List<Object>> before = snapshot();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, operation);
        assertThat(refused).hasMessageThat().startsWith("[" + id + "] ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void settingADescendantAsParentIsRefusedAndChangesNothing() {
        TreeNode a = node();
        TreeNode b = node(a);
        TreeNode c = node(b);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TreeNodeRelations.setParent(a, c));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateCycle] " + a + " is an ancestor of " + c
                + ", so it cannot be added to TreeNode.children of " + c + ": the relationship is acyclic, and the"
                + " link would make a cycle; nothing was changed");
        assertThat(a.parent).isNull();
        assertThat(c.children).isEmpty();
        refusedWithoutChange("RelateCycle", () -> TreeNodeRelations.setParent(a, b));
        refusedWithoutChange("RelateCycle", () -> TreeNodeRelations.setParent(b, c));
    }

    @Test
    void theIssuesCaseTwoNodesCannotBeEachOthersParent() {
        TreeNode a = node();
        TreeNode b = node();
        TreeNodeRelations.setParent(b, a);
        refusedWithoutChange("RelateCycle", () -> TreeNodeRelations.setParent(a, b));
        assertThat(b.parent).isSameInstanceAs(a);
        assertThat(a.parent).isNull();
    }

    @Test
    void anObjectCannotBeItsOwnParent() {
        TreeNode a = node();
        TreeNode root = node();
        TreeNodeRelations.setParent(a, root);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TreeNodeRelations.setParent(a, a));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateOwnParent] " + a + " cannot be added to"
                + " TreeNode.children of itself: the relationship is acyclic, and an object that is its own parent"
                + " is a cycle; nothing was changed");
        assertThat(a.parent).isSameInstanceAs(root);
        refusedWithoutChange("RelateOwnParent", () -> TreeNodeRelations.addToChildren(a, a));
        refusedWithoutChange("RelateOwnParent", () -> TreeNodeRelations.children(a).add(a));
        refusedWithoutChange("RelateOwnParent", () -> TreeNodeRelations.setChildren(a, List.of(a)));
    }

    @Test
    void movingASubtreeElsewhereIsAllowed() {
        TreeNode root = node();
        TreeNode a = node(root);
        TreeNode b = node(a);
        TreeNode c = node(b);
        TreeNode other = node(root);
        TreeNodeRelations.setParent(b, other);
        assertThat(other.children).containsExactly(b);
        assertThat(a.children).isEmpty();
        assertThat(c.parent).isSameInstanceAs(b);
        // a sibling's descendant may take the old parent as a child
        TreeNodeRelations.addToChildren(c, a);
        assertThat(a.parent).isSameInstanceAs(c);
        // setting the parent a node has changes nothing, and is no cycle
        TreeNodeRelations.setParent(a, c);
        TreeNodeRelations.setParent(root, null);
        assertThat(root.parent).isNull();
    }

    @Test
    void everyPathOfTheLiveViewRefusesAnAncestor() {
        TreeNode a = node();
        TreeNode b = node(a);
        TreeNode c = node(b);
        TreeNode d = node(c);
        TreeNode loose = node();
        List<TreeNode> view = TreeNodeRelations.children(c);
        refusedWithoutChange("RelateCycle", () -> TreeNodeRelations.addToChildren(c, a));
        refusedWithoutChange("RelateCycle", () -> view.add(b));
        refusedWithoutChange("RelateCycle", () -> view.add(0, a));
        refusedWithoutChange("RelateCycle", () -> view.set(0, a));
        refusedWithoutChange("RelateOwnParent", () -> view.set(0, c));
        refusedWithoutChange("RelateCycle", () -> view.addAll(List.of(loose, a)));
        refusedWithoutChange("RelateCycle", () -> view.addAll(0, List.of(loose, b)));
        refusedWithoutChange("RelateCycle", () -> {
            ListIterator<TreeNode> iterator = view.listIterator();
            iterator.next();
            iterator.add(a);
        });
        refusedWithoutChange("RelateCycle", () -> {
            ListIterator<TreeNode> iterator = view.listIterator();
            iterator.next();
            iterator.set(b);
        });
        refusedWithoutChange("RelateCycle", () -> view.subList(0, 1).add(a));
        assertThat(c.children).containsExactly(d);
        assertThat(loose.parent).isNull();
    }

    @Test
    void setChildrenRefusedInTheMiddleLeavesEveryoneAsBefore() {
        TreeNode root = node();
        TreeNode a = node(root);
        TreeNode b = node(a);
        TreeNode keep = node(b);
        TreeNode leave = node(b);
        TreeNode elsewhere = node(node());
        TreeNode loose = node();
        // elsewhere moves, loose arrives, leave leaves: all before the ancestor root is refused
        refusedWithoutChange("RelateCycle",
                () -> TreeNodeRelations.setChildren(b, List.of(loose, elsewhere, keep, root)));
        refusedWithoutChange("RelateOwnParent", () -> TreeNodeRelations.setChildren(b, List.of(loose, b)));
        assertThat(b.children).containsExactly(keep, leave).inOrder();
        TreeNodeRelations.setChildren(b, List.of(loose, elsewhere, keep));
        assertThat(b.children).containsExactly(loose, elsewhere, keep).inOrder();
        assertThat(leave.parent).isNull();
    }

    @Test
    void aTreeDeclaredOnTheScalarEndWithBackrefRefusesCyclesToo() {
        Group top = group();
        Group middle = group();
        Group bottom = group();
        GroupRelations.setOwner(middle, top);
        GroupRelations.setOwner(bottom, middle);
        assertThat(assertThrows(IllegalArgumentException.class, () -> GroupRelations.setOwner(top, bottom)))
                .hasMessageThat().startsWith("[RelateCycle] ");
        assertThat(assertThrows(IllegalArgumentException.class, () -> GroupRelations.setOwner(top, top)))
                .hasMessageThat().startsWith("[RelateOwnParent] ");
        assertThat(top.owner).isNull();
        assertThat(bottom.members).isEmpty();
        assertThat(top.members).containsExactly(middle);
    }

    @Test
    void aDeepTreeIsWalkedWithoutRecursion() {
        TreeNode deepest = new TreeNode();
        TreeNode top = deepest;
        for (int i = 0; i < 100_000; i++) {
            // each link walks up from a new root: nothing above it
            TreeNode above = new TreeNode();
            TreeNodeRelations.setParent(top, above);
            top = above;
        }
        TreeNode root = top;
        assertThat(assertThrows(IllegalArgumentException.class, () -> TreeNodeRelations.setParent(root, deepest)))
                .hasMessageThat().startsWith("[RelateCycle] ");
        assertThat(root.parent).isNull();
    }

    @Test
    void aLoopWrittenDirectlyAboveTheOwnerEndsTheWalk() {
        TreeNode a = node();
        TreeNode b = node();
        TreeNode c = node();
        // fields written directly bypass the helpers: a and b are each other's parent
        a.parent = b;
        b.parent = a;
        a.children.add(b);
        b.children.add(a);
        TreeNodeRelations.setParent(c, a);
        assertThat(c.parent).isSameInstanceAs(a);
        refusedWithoutChange("RelateCycle", () -> TreeNodeRelations.setParent(b, c));
        // undo the loop for the invariants
        a.parent = null;
        b.children.remove(a);
    }
}
