package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Membership in a many-to-many end of lists, which no set lookup can answer, is confirmed by
 * searching the smaller of the two ends (the owner's collection or the element's), as the class
 * documents; the answer is the same either way.
 */
class ManyToManyEndTest {
    private final RightsEnd rights = new RightsEnd();

    @Test
    void anOwnerWithMoreElementsIsNotSearched() {
        Node left = new Node("left");
        Node member = new Node("member");
        rights.add(left, member);
        for (int i = 0; i < 4; i++) {
            rights.add(left, new Node("right" + i));
        }
        Node stranger = new Node("stranger");
        rights.add(new Node("other left"), stranger);
        left.rights.iterations = 0;

        assertThat(Views.list(rights, left).contains(member)).isTrue();
        assertThat(Views.list(rights, left).contains(stranger)).isFalse();
        assertThat(left.rights.iterations).isEqualTo(0);
        assertThat(member.lefts.iterations + stranger.lefts.iterations).isEqualTo(2);
    }

    @Test
    void anElementWithMoreOwnersIsNotSearched() {
        Node right = new Node("right");
        Node member = new Node("member");
        rights.add(member, right);
        for (int i = 0; i < 4; i++) {
            rights.add(new Node("left" + i), right);
        }
        Node stranger = new Node("stranger");
        rights.add(stranger, new Node("other right"));
        right.lefts.iterations = 0;

        assertThat(Views.list(rights, member).contains(right)).isTrue();
        assertThat(Views.list(rights, stranger).contains(right)).isFalse();
        assertThat(right.lefts.iterations).isEqualTo(0);
        assertThat(right.lefts).hasSize(5);
        assertThat(List.copyOf(member.rights)).containsExactly(right);
    }

    @Test
    void assigningAnOwnerIsRefusedOnAnEndWhoseElementsHoldNone() {
        Node left = new Node("left");
        Node right = new Node("right");
        rights.add(left, right);

        UnsupportedOperationException e = assertThrows(
                UnsupportedOperationException.class, () -> rights.assign(right, new Node("other left")));

        assertThat(e).hasMessageThat().startsWith("[RelateNoScalarEnd] the elements of Node.rights hold no owner");
        assertThat(List.copyOf(left.rights)).containsExactly(right);
        assertThat(List.copyOf(right.lefts)).containsExactly(left);
    }

    /** A node on both sides: {@code rights} is the end tested, {@code lefts} its inverse. */
    static final class Node {
        private final String name;
        final CountingList<Node> rights = new CountingList<>();
        final CountingList<Node> lefts = new CountingList<>();

        Node(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code Node.rights}, whose inverse is {@code Node.lefts}, as generated code declares it. */
    static final class RightsEnd extends ManyToManyEnd<Node, Node, List<Node>, List<Node>> {
        RightsEnd() {
            super("Node.rights", Node.class, "Node.lefts");
        }

        @Override
        protected List<Node> collection(Node owner) {
            return owner.rights;
        }

        @Override
        protected List<Node> inverse(Node element) {
            return element.lefts;
        }
    }
}
