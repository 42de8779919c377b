package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import org.junit.jupiter.api.Test;

/**
 * Navigation, polling, descending and inclusive ranges of a live {@code NavigableSet} many-to-many
 * end, on top of {@link ManyToManySortedSetContract} (same six elements: {@code s0..s3} in {@code p},
 * {@code s1} and {@code s4} in {@code q}, {@code s5} alone).
 */
abstract class ManyToManyNavigableSetContract<O extends Entity, E extends Entity>
        extends ManyToManySortedSetContract<O, E, NavigableSet<E>> {

    ManyToManyNavigableSetContract(End<O, E, NavigableSet<E>> end, End<E, O, ?> inverse) {
        super(end, inverse);
    }

    @Test
    void navigationReadsTheSet() {
        NavigableSet<E> view = view(p);
        assertThat(view.lower(s.get(2))).isSameInstanceAs(s.get(1));
        assertThat(view.floor(s.get(2))).isSameInstanceAs(s.get(2));
        assertThat(view.ceiling(s.get(4))).isNull();
        assertThat(view.higher(s.get(2))).isSameInstanceAs(s.get(3));
        assertThat(view.lower(s.get(0))).isNull();
        O empty = owner();
        assertThat(view(empty).floor(s.get(0))).isNull();
    }

    @Test
    void pollFirstAndPollLastUnlink() {
        assertThat(view(p).pollFirst()).isSameInstanceAs(s.get(0));
        assertInverseHolds(s.get(0));
        assertThat(view(p).pollLast()).isSameInstanceAs(s.get(3));
        assertInverseHolds(s.get(3));
        assertHolds(p, s.get(1), s.get(2));
        assertThat(view(q).pollFirst()).isSameInstanceAs(s.get(1));
        assertInverseHolds(s.get(1), p);
        O empty = owner();
        assertThat(view(empty).pollFirst()).isNull();
        assertThat(view(empty).pollLast()).isNull();
    }

    @Test
    void pollingARangeUnlinksOnlyFromIt() {
        assertThat(view(p).tailSet(s.get(1), true).pollFirst()).isSameInstanceAs(s.get(1));
        assertInverseHolds(s.get(1), q);
        assertThat(view(p).headSet(s.get(3), false).pollLast()).isSameInstanceAs(s.get(2));
        assertInverseHolds(s.get(2));
        assertHolds(p, s.get(0), s.get(3));
        assertThat(view(p).subSet(s.get(0), false, s.get(3), false).pollFirst()).isNull();
        assertHolds(p, s.get(0), s.get(3));
    }

    @Test
    void descendingSetReadsBackwardsAndKeepsTheEndsInSync() {
        NavigableSet<E> descending = view(p).descendingSet();
        assertThat(new ArrayList<>(descending)).containsExactly(s.get(3), s.get(2), s.get(1), s.get(0)).inOrder();
        assertThat(descending.first()).isSameInstanceAs(s.get(3));
        assertThat(descending.higher(s.get(2))).isSameInstanceAs(s.get(1));

        assertThat(descending.pollFirst()).isSameInstanceAs(s.get(3));
        assertInverseHolds(s.get(3));
        assertThat(descending.add(s.get(4))).isTrue();
        assertInverseHolds(s.get(4), q, p);
        assertThat(descending.remove(s.get(0))).isTrue();
        assertInverseHolds(s.get(0));
        assertHolds(p, s.get(1), s.get(2), s.get(4));

        NavigableSet<E> head = descending.headSet(s.get(2), false);
        assertThat(new ArrayList<>(head)).containsExactly(s.get(4));
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> head.add(s.get(0)));
        assertThat(state()).isEqualTo(state);
        head.clear();
        assertInverseHolds(s.get(4), q);
        assertHolds(p, s.get(1), s.get(2));
    }

    @Test
    void descendingSetHasTheReversedComparator() {
        Comparator<? super E> comparator = view(p).descendingSet().comparator();
        assertThat(comparator).isNotNull();
        assertThat(comparator.compare(s.get(0), s.get(1))).isGreaterThan(0);
        assertThat(comparator.compare(s.get(3), s.get(1))).isLessThan(0);
    }

    @Test
    void descendingIteratorRemoveUnlinks() {
        Iterator<E> it = view(p).descendingIterator();
        assertThat(it.next()).isSameInstanceAs(s.get(3));
        it.remove();
        assertInverseHolds(s.get(3));
        assertThat(it.next()).isSameInstanceAs(s.get(2));
        assertThat(it.next()).isSameInstanceAs(s.get(1));
        it.remove();
        assertInverseHolds(s.get(1), q);
        assertHolds(p, s.get(0), s.get(2));
        Iterator<E> inRange = view(p).headSet(s.get(2), true).descendingIterator();
        assertThat(inRange.next()).isSameInstanceAs(s.get(2));
        inRange.remove();
        assertHolds(p, s.get(0));
    }

    @Test
    void inclusiveRanges() {
        assertThat(new ArrayList<>(view(p).headSet(s.get(2), true)))
                .containsExactly(s.get(0), s.get(1), s.get(2)).inOrder();
        assertThat(new ArrayList<>(view(p).tailSet(s.get(2), false))).containsExactly(s.get(3));
        NavigableSet<E> sub = view(p).subSet(s.get(0), false, s.get(4), true);
        assertThat(new ArrayList<>(sub)).containsExactly(s.get(1), s.get(2), s.get(3)).inOrder();
        assertThat(sub.add(s.get(4))).isTrue();
        assertHolds(q, s.get(1), s.get(4));
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> sub.add(s.get(5)));
        assertThat(state()).isEqualTo(state);
        assertThat(sub.headSet(s.get(2), true).removeIf(element -> true)).isTrue();
        assertInverseHolds(s.get(1), q);
        assertInverseHolds(s.get(2));
        assertHolds(p, s.get(0), s.get(3), s.get(4));
        sub.clear();
        assertHolds(p, s.get(0));
        assertHolds(q, s.get(1), s.get(4));
    }
}
