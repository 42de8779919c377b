package dev.relate.examples.runtime.selfref;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Relationships from a class to itself: a tree of {@link Node}s and a chain of {@link Link}s. */
class SelfReferentialTest {

    /** {@code Node.parent} / {@code Node.children}. */
    @Nested
    class Tree {
        private final List<Node> nodes = new ArrayList<>();

        Node node() {
            Node node = new Node();
            nodes.add(node);
            return node;
        }

        void check() {
            Invariants.assertOneToMany("Node.children/Node.parent", nodes, nodes, node -> node.children,
                    node -> node.parent);
        }

        @AfterEach
        void endsAgree() {
            check();
        }

        @Test
        void aNodeCanBeItsOwnParent() {
            Node n = node();
            Node m = node();
            NodeRelations.setParent(n, n);
            assertThat(n.parent).isSameInstanceAs(n);
            assertThat(n.children).containsExactly(n);
            check();
            NodeRelations.setParent(n, n);
            assertThat(n.children).containsExactly(n);
            NodeRelations.setParent(n, m);
            assertThat(n.children).isEmpty();
            assertThat(m.children).containsExactly(n);
            check();
            assertThat(NodeRelations.children(n).add(n)).isTrue();
            assertThat(m.children).isEmpty();
            assertThat(n.parent).isSameInstanceAs(n);
            NodeRelations.children(n).clear();
            assertThat(n.parent).isNull();
            assertThat(n.children).isEmpty();
            NodeRelations.setChildren(n, List.of(m, n));
            assertThat(n.children).containsExactly(m, n).inOrder();
            assertThat(m.parent).isSameInstanceAs(n);
            assertThat(n.parent).isSameInstanceAs(n);
            check();
            assertThat(NodeRelations.removeFromChildren(n, n)).isTrue();
            assertThat(n.parent).isNull();
            assertThat(n.children).containsExactly(m);
        }

        @Test
        void positionalOperationsOnAListHoldingItsOwner() {
            Node n = node();
            Node a = node();
            Node b = node();
            NodeRelations.setChildren(n, List.of(a, n, b));
            Collections.swap(NodeRelations.children(n), 0, 1);
            assertThat(n.children).containsExactly(n, a, b).inOrder();
            Collections.reverse(NodeRelations.children(n));
            assertThat(n.children).containsExactly(b, a, n).inOrder();
            check();
            Node c = node();
            assertThat(NodeRelations.children(n).set(2, c)).isSameInstanceAs(n);
            assertThat(n.parent).isNull();
            assertThat(c.parent).isSameInstanceAs(n);
            ListIterator<Node> it = NodeRelations.children(n).listIterator();
            it.next();
            it.set(n);
            assertThat(b.parent).isNull();
            assertThat(n.children).containsExactly(n, a, c).inOrder();
            check();
            NodeRelations.children(n).removeIf(node -> node == n || node == c);
            assertThat(n.parent).isNull();
            assertThat(c.parent).isNull();
            assertThat(n.children).containsExactly(a);
        }

        @Test
        void movesInsideATree() {
            Node root = node();
            Node a = node();
            Node b = node();
            Node a1 = node();
            Node a2 = node();
            Node b1 = node();
            NodeRelations.setChildren(root, List.of(a, b));
            NodeRelations.setChildren(a, List.of(a1, a2));
            NodeRelations.addToChildren(b, b1);
            check();

            NodeRelations.setParent(a1, b);
            assertThat(a.children).containsExactly(a2);
            assertThat(b.children).containsExactly(b1, a1).inOrder();
            check();

            // moving a subtree keeps its own children
            NodeRelations.children(b).add(0, a);
            assertThat(root.children).containsExactly(b);
            assertThat(b.children).containsExactly(a, b1, a1).inOrder();
            assertThat(a.children).containsExactly(a2);
            check();

            // a node may even become the parent of its ancestor: relate keeps the ends in sync, it does not forbid cycles
            NodeRelations.setParent(root, a2);
            assertThat(a2.children).containsExactly(root);
            assertThat(root.parent).isSameInstanceAs(a2);
            check();

            // replacing a node's children with its ancestors
            NodeRelations.setChildren(a2, List.of(b, root));
            assertThat(root.children).isEmpty();
            assertThat(b.parent).isSameInstanceAs(a2);
            assertThat(root.parent).isSameInstanceAs(a2);
            check();

            NodeRelations.children(a2).clear();
            assertThat(b.parent).isNull();
            assertThat(root.parent).isNull();
            assertThat(a.children).containsExactly(a2);
        }

        @Test
        void movingEveryChildToASibling() {
            Node root = node();
            Node left = node();
            Node right = node();
            NodeRelations.setChildren(root, List.of(left, right));
            for (int i = 0; i < 5; i++) {
                NodeRelations.addToChildren(left, node());
            }
            List<Node> moved = new ArrayList<>(left.children);
            NodeRelations.children(right).addAll(NodeRelations.children(left));
            assertThat(left.children).isEmpty();
            assertThat(right.children).containsExactlyElementsIn(moved).inOrder();
            NodeRelations.children(left).addAll(0, NodeRelations.children(right));
            assertThat(right.children).isEmpty();
            assertThat(left.children).containsExactlyElementsIn(moved).inOrder();
        }
    }

    /** {@code Link.next} / {@code Link.prev}: one-to-one from a class to itself. */
    @Nested
    class Chain {
        private final List<Link> links = new ArrayList<>();

        Link link() {
            Link link = new Link();
            links.add(link);
            return link;
        }

        void check() {
            Invariants.assertOneToOne("Link.next/Link.prev", links, links, link -> link.next, link -> link.prev);
        }

        @AfterEach
        void endsAgree() {
            check();
        }

        @Test
        void aLinkCanFollowItself() {
            Link a = link();
            LinkRelations.setNext(a, a);
            assertThat(a.next).isSameInstanceAs(a);
            assertThat(a.prev).isSameInstanceAs(a);
            check();
            Link b = link();
            LinkRelations.setPrev(a, b);
            assertThat(a.prev).isSameInstanceAs(b);
            assertThat(b.next).isSameInstanceAs(a);
            assertThat(a.next).isNull();
            check();
            LinkRelations.setNext(a, a);
            assertThat(b.next).isNull();
            assertThat(a.prev).isSameInstanceAs(a);
            LinkRelations.setPrev(a, null);
            assertThat(a.next).isNull();
            assertThat(a.prev).isNull();
        }

        @Test
        void buildingAndCuttingAChain() {
            Link a = link();
            Link b = link();
            Link c = link();
            LinkRelations.setNext(a, b);
            LinkRelations.setPrev(c, b);
            assertThat(a.next).isSameInstanceAs(b);
            assertThat(b.next).isSameInstanceAs(c);
            assertThat(c.prev).isSameInstanceAs(b);
            check();
            // skipping b: b loses both neighbours' ends that pointed at it, the others stay
            LinkRelations.setNext(a, c);
            assertThat(a.next).isSameInstanceAs(c);
            assertThat(c.prev).isSameInstanceAs(a);
            assertThat(b.prev).isNull();
            assertThat(b.next).isNull();
            check();
            // closing a two-link cycle
            LinkRelations.setNext(c, a);
            assertThat(a.prev).isSameInstanceAs(c);
            check();
            LinkRelations.setPrev(b, a);
            assertThat(a.next).isSameInstanceAs(b);
            assertThat(c.prev).isNull();
            assertThat(c.next).isSameInstanceAs(a);
        }

        @Test
        void rotatingLinksThroughEveryPosition() {
            List<Link> ring = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ring.add(link());
            }
            for (int shift = 0; shift < 6; shift++) {
                for (int i = 0; i < ring.size(); i++) {
                    Link from = ring.get(i);
                    Link to = ring.get((i + shift) % ring.size());
                    if (i % 2 == 0) {
                        LinkRelations.setNext(from, to);
                    } else {
                        LinkRelations.setPrev(to, from);
                    }
                    assertThat(from.next).isSameInstanceAs(to);
                    assertThat(to.prev).isSameInstanceAs(from);
                    check();
                }
            }
        }
    }
}
