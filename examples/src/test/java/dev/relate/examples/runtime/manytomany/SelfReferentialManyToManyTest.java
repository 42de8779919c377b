package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A self-referential many-to-many declared once, {@code Node.rights} with {@code backref = "lefts"}:
 * it is not symmetric ({@code b} in {@code a.rights} means {@code a} in {@code b.lefts}, not
 * {@code b} in {@code a.lefts}), a node may be linked to itself, and each pair may be linked both ways.
 */
class SelfReferentialManyToManyTest {
    private final List<Node> nodes = new ArrayList<>();

    private Node node() {
        Node node = new Node();
        nodes.add(node);
        return node;
    }

    private void check() {
        Invariants.assertManyToMany("Node.rights/Node.lefts", nodes, nodes, node -> node.rights, node -> node.lefts);
    }

    @AfterEach
    void endsAgree() {
        check();
    }

    @Test
    void aLinkGoesOneWay() {
        Node a = node();
        Node b = node();
        assertThat(NodeRelations.addToRights(a, b)).isTrue();
        assertThat(a.rights).containsExactly(b);
        assertThat(b.lefts).containsExactly(a);
        assertThat(a.lefts).isEmpty();
        assertThat(b.rights).isEmpty();
        assertThat(NodeRelations.rights(b).contains(a)).isFalse();
        assertThat(NodeRelations.lefts(a).contains(b)).isFalse();
        check();
    }

    @Test
    void aPairCanBeLinkedBothWaysAndUnlinkedOneWayAtATime() {
        Node a = node();
        Node b = node();
        NodeRelations.addToRights(a, b);
        assertThat(NodeRelations.addToLefts(a, b)).isTrue();
        assertThat(a.rights).containsExactly(b);
        assertThat(a.lefts).containsExactly(b);
        assertThat(b.rights).containsExactly(a);
        assertThat(b.lefts).containsExactly(a);
        check();
        assertThat(NodeRelations.removeFromRights(b, a)).isTrue();
        assertThat(a.lefts).isEmpty();
        assertThat(b.rights).isEmpty();
        assertThat(a.rights).containsExactly(b);
        assertThat(b.lefts).containsExactly(a);
    }

    @Test
    void aNodeLinkedToItselfIsOnBothOfItsEndsOnce() {
        Node a = node();
        Node b = node();
        NodeRelations.addToRights(a, b);
        assertThat(NodeRelations.addToRights(a, a)).isTrue();
        assertThat(new ArrayList<>(a.rights)).containsExactly(b, a).inOrder();
        assertThat(a.lefts).containsExactly(a);
        assertThat(NodeRelations.addToRights(a, a)).isFalse();
        assertThat(NodeRelations.addToLefts(a, a)).isFalse();
        assertThat(NodeRelations.lefts(a).add(a)).isFalse();
        assertThat(Invariants.countSame(a.rights, a)).isEqualTo(1);
        assertThat(Invariants.countSame(a.lefts, a)).isEqualTo(1);
        check();
        assertThat(NodeRelations.lefts(a).remove(a)).isTrue();
        assertThat(a.rights).containsExactly(b);
        assertThat(a.lefts).isEmpty();
        assertThat(NodeRelations.lefts(a).add(a)).isTrue();
        assertThat(a.rights).containsExactly(b, a);
        assertThat(a.lefts).containsExactly(a);
    }

    @Test
    void everyBulkPathUnlinksASelfLinkFromBothEnds() {
        for (int path = 0; path < 6; path++) {
            Node a = node();
            Node b = node();
            NodeRelations.addToRights(a, a);
            NodeRelations.addToRights(a, b);
            NodeRelations.addToLefts(a, b);
            switch (path) {
                case 0 -> NodeRelations.rights(a).clear();
                case 1 -> NodeRelations.rights(a).removeIf(node -> node == a);
                case 2 -> NodeRelations.lefts(a).retainAll(List.of(b));
                case 3 -> NodeRelations.setRights(a, List.of(b));
                case 4 -> NodeRelations.setLefts(a, List.of(b));
                default -> {
                    for (Iterator<Node> it = NodeRelations.lefts(a).iterator(); it.hasNext(); ) {
                        if (it.next() == a) {
                            it.remove();
                        }
                    }
                }
            }
            check();
            assertThat(Invariants.countSame(a.rights, a)).isEqualTo(0);
            assertThat(Invariants.countSame(a.lefts, a)).isEqualTo(0);
            assertThat(b.rights).containsExactly(a);
        }
    }

    @Test
    void replacingTheLeftsOfANodeIncludingItselfLeavesWhatStayedUntouched() {
        Node a = node();
        Node b = node();
        Node c = node();
        Node d = node();
        NodeRelations.addToRights(b, a);
        NodeRelations.addToRights(b, c);
        NodeRelations.addToRights(c, a);
        NodeRelations.setLefts(a, List.of(d, a, b, a));
        assertThat(a.lefts).containsExactly(d, a, b).inOrder();
        assertThat(new ArrayList<>(b.rights)).containsExactly(a, c).inOrder();
        assertThat(c.rights).isEmpty();
        assertThat(d.rights).containsExactly(a);
        assertThat(a.rights).containsExactly(a);
        check();
    }

    @Test
    void aCycleUnlinksFromEitherEnd() {
        Node a = node();
        Node b = node();
        Node c = node();
        NodeRelations.rights(a).add(b);
        NodeRelations.rights(b).add(c);
        NodeRelations.lefts(a).add(c);
        check();
        assertThat(c.rights).containsExactly(a);
        NodeRelations.lefts(b).clear();
        assertThat(a.rights).isEmpty();
        assertThat(b.rights).containsExactly(c);
        NodeRelations.setRights(b, List.of());
        assertThat(c.lefts).isEmpty();
        assertThat(c.rights).containsExactly(a);
    }

    @Test
    void randomStepsFromBothEndsKeepTheEndsInSync() {
        Random random = new Random(20261125);
        for (int i = 0; i < 5; i++) {
            node();
        }
        for (int step = 0; step < 2_000; step++) {
            Node a = nodes.get(random.nextInt(nodes.size()));
            Node b = nodes.get(random.nextInt(nodes.size()));
            boolean linked = Invariants.countSame(a.rights, b) == 1;
            switch (random.nextInt(8)) {
                case 0 -> assertThat(NodeRelations.addToRights(a, b)).isEqualTo(!linked);
                case 1 -> assertThat(NodeRelations.lefts(b).add(a)).isEqualTo(!linked);
                case 2 -> assertThat(NodeRelations.removeFromLefts(b, a)).isEqualTo(linked);
                case 3 -> assertThat(NodeRelations.rights(a).remove(b)).isEqualTo(linked);
                case 4 -> {
                    List<Node> some = new ArrayList<>();
                    for (Node n : nodes) {
                        if (random.nextBoolean()) {
                            some.add(n);
                        }
                    }
                    if (random.nextBoolean()) {
                        NodeRelations.setRights(a, some);
                        assertThat(a.rights).containsExactlyElementsIn(some).inOrder();
                    } else {
                        NodeRelations.setLefts(a, some);
                        assertThat(a.lefts).containsExactlyElementsIn(some).inOrder();
                    }
                }
                case 5 -> NodeRelations.lefts(a).removeIf(n -> random.nextInt(3) == 0);
                case 6 -> {
                    if (!a.lefts.isEmpty()) {
                        NodeRelations.lefts(a).set(random.nextInt(a.lefts.size()), b);
                    }
                }
                default -> {
                    if (nodes.size() >= 10 || random.nextInt(4) == 0) {
                        NodeRelations.rights(a).clear();
                        assertThat(a.rights).isEmpty();
                    } else {
                        Node fresh = node();
                        NodeRelations.lefts(a).add(random.nextInt(a.lefts.size() + 1), fresh);
                        assertThat(fresh.rights).containsExactly(a);
                    }
                }
            }
            check();
        }
    }
}
