package dev.relate.examples.runtime.association;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A self-referential association object: {@link Edge} links a source {@link Node} (its left, named in
 * {@code @AssociationObject} although declared second) to a target node. A link has a direction, a
 * node may be linked to itself, and each view reads one of a node's two collections of edges. After
 * every step all four ends of every edge agree, with every node checked as both a source and a target.
 */
class SelfReferentialAssociationTest {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    private Node node() {
        Node node = new Node();
        nodes.add(node);
        return node;
    }

    private Edge edge(String label) {
        Edge edge = new Edge(label);
        edges.add(edge);
        return edge;
    }

    /** Links {@code source} to {@code target} through a new edge, and checks. */
    private Edge link(Node source, Node target, String label) {
        Edge edge = EdgeRelations.link(source, target, edge(label));
        check();
        return edge;
    }

    private void check() {
        Invariants.assertAssociations("Edge", nodes, nodes, edges, node -> node.outgoing, edge -> edge.source,
                node -> node.incoming, edge -> edge.target);
        for (Node node : nodes) {
            List<Node> targets = new ArrayList<>();
            for (Edge edge : node.outgoing) {
                targets.add(edge.target);
            }
            assertThat(new ArrayList<>(NodeRelations.targetOfOutgoing(node))).containsExactlyElementsIn(targets)
                    .inOrder();
            List<Node> sources = new ArrayList<>();
            for (Edge edge : node.incoming) {
                sources.add(edge.source);
            }
            assertThat(new ArrayList<>(NodeRelations.sourceOfIncoming(node))).containsExactlyElementsIn(sources)
                    .inOrder();
        }
    }

    @AfterEach
    void endsAgree() {
        check();
    }

    @Test
    void theLeftIsTheEndTheAnnotationNamesNotTheFirstDeclared() {
        Node a = node();
        Node b = node();
        Edge e = link(a, b, "a->b");
        assertThat(e.source).isSameInstanceAs(a);
        assertThat(e.target).isSameInstanceAs(b);
        assertThat(a.outgoing).containsExactly(e);
        assertThat(b.incoming).containsExactly(e);
        assertThat(a.incoming).isEmpty();
        assertThat(b.outgoing).isEmpty();
        assertThat(NodeRelations.targetOfOutgoing(a)).containsExactly(b);
        assertThat(NodeRelations.sourceOfIncoming(b)).containsExactly(a);
        assertThat(NodeRelations.targetOfOutgoing(b)).isEmpty();
        assertThat(NodeRelations.sourceOfIncoming(a)).isEmpty();
    }

    @Test
    void aLinkHasADirection() {
        Node a = node();
        Node b = node();
        Edge ab = link(a, b, "a->b");
        assertThat(EdgeRelations.find(a, b)).isSameInstanceAs(ab);
        assertThat(EdgeRelations.find(b, a)).isNull();
        Edge ba = link(b, a, "b->a");
        assertThat(EdgeRelations.find(b, a)).isSameInstanceAs(ba);
        assertThat(a.outgoing).containsExactly(ab);
        assertThat(a.incoming).containsExactly(ba);
        assertThat(EdgeRelations.unlink(a, b)).isEqualTo(1);
        check();
        assertThat(ab.source).isNull();
        assertThat(ab.target).isNull();
        assertThat(EdgeRelations.find(b, a)).isSameInstanceAs(ba);
        assertThat(EdgeRelations.unlink(a, b)).isEqualTo(0);
        check();
        assertThat(NodeRelations.targetOfOutgoing(b)).containsExactly(a);
    }

    @Test
    void aNodeLinkedToItselfIsInBothOfItsCollectionsOnce() {
        Node a = node();
        Node b = node();
        link(a, b, "a->b");
        Edge loop = link(a, a, "a->a");
        assertThat(a.outgoing).hasSize(2);
        assertThat(a.incoming).containsExactly(loop);
        assertThat(Invariants.countSame(a.outgoing, loop)).isEqualTo(1);
        assertThat(NodeRelations.targetOfOutgoing(a)).containsExactly(b, a).inOrder();
        assertThat(NodeRelations.sourceOfIncoming(a)).containsExactly(a);
        assertThat(EdgeRelations.find(a, a)).isSameInstanceAs(loop);
        check();
        // linking it again to the same pair changes nothing
        EdgeRelations.link(a, a, loop);
        check();
        assertThat(a.outgoing).hasSize(2);
        Edge loop2 = EdgeRelations.link(a, a);
        edges.add(loop2);
        check();
        assertThat(NodeRelations.sourceOfIncoming(a)).containsExactly(a, a);
        assertThat(NodeRelations.targetOfOutgoing(a).remove(a)).isTrue();
        check();
        assertThat(loop.source).isNull();
        assertThat(loop.target).isNull();
        assertThat(loop2.source).isNull();
        assertThat(a.incoming).isEmpty();
        assertThat(NodeRelations.targetOfOutgoing(a)).containsExactly(b);
        link(a, a, "again");
        assertThat(EdgeRelations.unlink(a, a)).isEqualTo(1);
        check();
        assertThat(a.incoming).isEmpty();
    }

    @Test
    void aCycleIsWalkedThroughTheViewsAndUnwoundThroughThem() {
        Node a = node();
        Node b = node();
        Node c = node();
        assertThat(NodeRelations.targetOfOutgoing(a).add(b)).isTrue();
        check();
        assertThat(NodeRelations.targetOfOutgoing(b).add(c)).isTrue();
        check();
        assertThat(NodeRelations.sourceOfIncoming(a).add(c)).isTrue();
        check();
        edges.addAll(a.outgoing);
        edges.addAll(b.outgoing);
        edges.addAll(c.outgoing);
        Node walker = a;
        for (int i = 0; i < 3; i++) {
            walker = NodeRelations.targetOfOutgoing(walker).get(0);
        }
        assertThat(walker).isSameInstanceAs(a);
        assertThat(NodeRelations.sourceOfIncoming(a)).containsExactly(c);
        assertThat(EdgeRelations.find(c, a)).isNotNull();
        NodeRelations.targetOfOutgoing(b).clear();
        check();
        assertThat(c.incoming).isEmpty();
        assertThat(NodeRelations.targetOfOutgoing(a)).containsExactly(b);
        NodeRelations.sourceOfIncoming(a).clear();
        check();
        assertThat(c.outgoing).isEmpty();
        assertThat(a.incoming).isEmpty();
        assertThat(a.outgoing).hasSize(1);
    }

    @Test
    void anEdgeMovesAtEitherEnd() {
        Node a = node();
        Node b = node();
        Node c = node();
        Edge e = link(a, b, "e");
        Edge f = link(b, c, "f");
        EdgeRelations.setSource(e, c);
        check();
        assertThat(a.outgoing).isEmpty();
        assertThat(c.outgoing).containsExactly(e);
        assertThat(b.incoming).containsExactly(e);
        EdgeRelations.setTarget(e, c);
        check();
        assertThat(c.incoming).containsExactly(f, e).inOrder();
        assertThat(NodeRelations.addToIncoming(a, e)).isTrue();
        check();
        assertThat(e.target).isSameInstanceAs(a);
        assertThat(NodeRelations.outgoing(a).add(e)).isTrue();
        check();
        assertThat(e.source).isSameInstanceAs(a);
        assertThat(EdgeRelations.find(a, a)).isSameInstanceAs(e);
        assertThat(e.label).isEqualTo("e");
        // a whole collection of edges replaced: what left loses its source only
        NodeRelations.setOutgoing(a, Arrays.asList(f));
        check();
        assertThat(e.source).isNull();
        assertThat(e.target).isSameInstanceAs(a);
        assertThat(f.source).isSameInstanceAs(a);
        assertThat(b.outgoing).isEmpty();
        assertThat(NodeRelations.sourceOfIncoming(a)).containsExactly((Node) null);
        assertThat(NodeRelations.sourceOfIncoming(c)).containsExactly(a);
        EdgeRelations.unlink(e);
        check();
        assertThat(a.incoming).isEmpty();
    }

    @Test
    void nullsAreRejected() {
        Node a = node();
        Edge e = link(a, a, "loop");
        Edge x = edge("x");
        assertThrows(NullPointerException.class, () -> EdgeRelations.link(a, null, x));
        check();
        assertThat(x.source).isNull();
        assertThrows(NullPointerException.class, () -> EdgeRelations.link(null, a));
        check();
        assertThrows(NullPointerException.class, () -> NodeRelations.targetOfOutgoing(null));
        assertThrows(NullPointerException.class, () -> NodeRelations.sourceOfIncoming(a).add(null));
        check();
        assertThat(EdgeRelations.find(a, null)).isNull();
        assertThat(EdgeRelations.unlink(null, a)).isEqualTo(0);
        check();
        assertThat(a.outgoing).containsExactly(e);
        assertThat(a.incoming).containsExactly(e);
    }
}
