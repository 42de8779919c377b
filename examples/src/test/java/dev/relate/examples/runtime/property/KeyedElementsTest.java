package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Elements whose class has its own {@code equals}, the cases the random properties (whose classes
 * keep identity) do not reach: relate still links by identity. A label whose key changes while a
 * hash set or a tree set holds it can no longer be found there by the set's own lookup, yet
 * removing it, moving it and clearing its owner take it out and unlink it; and an equal but
 * different label is no member of any end.
 */
class KeyedElementsTest {
    private final Board first = new Board();
    private final Board second = new Board();
    private final List<Label> labels = new ArrayList<>();

    private Label label(String key) {
        Label label = new Label(key);
        labels.add(label);
        return label;
    }

    @AfterEach
    void endsAgree() {
        List<Board> boards = List.of(first, second);
        Invariants.assertOneToMany("Board.labels", boards, labels, board -> board.labels, label -> label.board);
        Invariants.assertOneToMany("Board.pinned", boards, labels, board -> board.pinned, label -> label.pinnedOn);
        Invariants.assertManyToMany("Board.watched", boards, labels, board -> board.watched,
                label -> label.watchers);
    }

    @Test
    void aLabelWhoseKeyChangedLeavesAHashSetWhenRemoved() {
        Label a = label("a");
        Label b = label("b");
        BoardRelations.setLabels(first, List.of(a, b));
        a.key = "renamed";
        assertThat(first.labels.contains(a)).isFalse(); // the set itself no longer finds it
        assertThat(BoardRelations.labels(first).contains(a)).isTrue();
        assertThat(BoardRelations.removeFromLabels(first, a)).isTrue();
        assertThat(a.board).isNull();
        assertThat(new ArrayList<>(first.labels)).containsExactly(b);
    }

    @Test
    void aLabelWhoseKeyChangedMovesOutOfAHashSet() {
        Label a = label("a");
        BoardRelations.addToLabels(first, a);
        a.key = "renamed";
        LabelRelations.setBoard(a, second);
        assertThat(new ArrayList<>(first.labels)).isEmpty();
        assertThat(new ArrayList<>(second.labels)).containsExactly(a);
        a.key = "again";
        BoardRelations.labels(second).remove(a);
        assertThat(new ArrayList<>(second.labels)).isEmpty();
        assertThat(a.board).isNull();
    }

    @Test
    void aLabelWhoseKeyChangedLeavesATreeSet() {
        Label a = label("a");
        Label m = label("m");
        Label z = label("z");
        BoardRelations.setPinned(first, List.of(z, a, m));
        a.key = "zz"; // now out of order: the tree no longer finds it by its key
        LabelRelations.setPinnedOn(a, second);
        assertThat(new ArrayList<>(first.pinned)).containsExactly(m, z).inOrder();
        assertThat(new ArrayList<>(second.pinned)).containsExactly(a);
        m.key = "zzz";
        assertThat(BoardRelations.removeFromPinned(first, m)).isTrue();
        assertThat(new ArrayList<>(first.pinned)).containsExactly(z);
    }

    @Test
    void anEqualButDifferentLabelIsNoMemberOfAHashSetEnd() {
        Label a = label("a");
        Label twin = label("a");
        BoardRelations.addToLabels(first, a);
        assertThat(BoardRelations.labels(first).contains(twin)).isFalse();
        assertThat(BoardRelations.removeFromLabels(first, twin)).isFalse();
        assertThrows(IllegalArgumentException.class, () -> BoardRelations.addToLabels(first, twin));
        assertThat(twin.board).isNull();
        assertThat(new ArrayList<>(first.labels)).containsExactly(a);
    }

    @Test
    void anEqualButDifferentLabelIsNoMemberOfAManyToManyHashSetEnd() {
        Label a = label("a");
        Label twin = label("a");
        BoardRelations.addToWatched(first, a);
        assertThat(BoardRelations.watched(first).contains(twin)).isFalse();
        assertThat(BoardRelations.removeFromWatched(first, twin)).isFalse();
        assertThrows(IllegalArgumentException.class, () -> BoardRelations.watched(first).add(twin));
        assertThat(new ArrayList<>(first.watched)).containsExactly(a);
        assertThat(twin.watchers).isEmpty();
        // from the other end: the twin's own set is empty, so it is no member either way
        assertThat(LabelRelations.watchers(twin).contains(first)).isFalse();
        assertThat(LabelRelations.watchers(a).contains(first)).isTrue();
    }

    @Test
    void aOneWayListComparesByIdentity() {
        Label a = label("a");
        Label twin = label("a");
        BoardRelations.addToDrafts(first, a);
        assertThat(BoardRelations.drafts(first).contains(twin)).isFalse();
        assertThat(BoardRelations.drafts(first).indexOf(twin)).isEqualTo(-1);
        assertThat(BoardRelations.addToDrafts(first, twin)).isTrue();
        assertThat(first.drafts).hasSize(2);
        assertThat(BoardRelations.removeFromDrafts(first, a)).isTrue();
        assertThat(first.drafts.get(0)).isSameInstanceAs(twin);
    }

    @Test
    void clearingAndIteratingTakeOutLabelsWhoseKeyChanged() {
        Label a = label("a");
        Label b = label("b");
        BoardRelations.setLabels(first, List.of(a, b));
        BoardRelations.setPinned(second, List.of(a, b));
        a.key = "x";
        b.key = "y";
        for (Iterator<Label> it = BoardRelations.pinned(second).iterator(); it.hasNext(); ) {
            it.next();
            it.remove();
        }
        assertThat(second.pinned).isEmpty();
        BoardRelations.labels(first).clear();
        assertThat(first.labels).isEmpty();
        assertThat(a.board).isNull();
        assertThat(b.pinnedOn).isNull();
    }
}
