package dev.relate.examples.runtime.kinds;

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
 * The navigation, polling, descending and inclusive-range operations of a live {@code NavigableSet},
 * on top of {@link SortedSetContract} (same six children {@code s0 < ... < s5}: {@code s0..s3} in
 * {@code p}, {@code s4} in {@code q}, {@code s5} alone).
 */
abstract class NavigableSetContract<P extends Entity, C extends Entity> extends SortedSetContract<P, C> {

    @Override
    abstract NavigableSet<C> view(P parent);

    @Override
    abstract NavigableSet<C> field(P parent);

    @Test
    void navigationReadsTheSet() {
        NavigableSet<C> view = view(p);
        assertThat(view.lower(s.get(2))).isSameInstanceAs(s.get(1));
        assertThat(view.floor(s.get(2))).isSameInstanceAs(s.get(2));
        assertThat(view.ceiling(s.get(4))).isNull();
        assertThat(view.higher(s.get(2))).isSameInstanceAs(s.get(3));
        assertThat(view.lower(s.get(0))).isNull();
        P empty = parent();
        assertThat(view(empty).floor(s.get(0))).isNull();
    }

    @Test
    void pollFirstAndPollLastDetach() {
        assertThat(view(p).pollFirst()).isSameInstanceAs(s.get(0));
        assertThat(parentOf(s.get(0))).isNull();
        check();
        assertThat(view(p).pollLast()).isSameInstanceAs(s.get(3));
        assertThat(parentOf(s.get(3))).isNull();
        assertHolds(p, s.get(1), s.get(2));
        P empty = parent();
        assertThat(view(empty).pollFirst()).isNull();
        assertThat(view(empty).pollLast()).isNull();
    }

    @Test
    void pollingARangeDetachesOnlyFromIt() {
        assertThat(view(p).tailSet(s.get(1), true).pollFirst()).isSameInstanceAs(s.get(1));
        assertThat(parentOf(s.get(1))).isNull();
        check();
        assertThat(view(p).headSet(s.get(3), false).pollLast()).isSameInstanceAs(s.get(2));
        assertThat(parentOf(s.get(2))).isNull();
        assertHolds(p, s.get(0), s.get(3));
        assertThat(view(p).subSet(s.get(0), false, s.get(3), false).pollFirst()).isNull();
        assertHolds(p, s.get(0), s.get(3));
    }

    @Test
    void descendingSetReadsBackwardsAndKeepsTheEndsInSync() {
        NavigableSet<C> descending = view(p).descendingSet();
        assertThat(new ArrayList<>(descending)).containsExactly(s.get(3), s.get(2), s.get(1), s.get(0)).inOrder();
        assertThat(descending.first()).isSameInstanceAs(s.get(3));
        assertThat(descending.higher(s.get(2))).isSameInstanceAs(s.get(1));
        assertThat(new ArrayList<>(descending.descendingSet()))
                .containsExactly(s.get(0), s.get(1), s.get(2), s.get(3)).inOrder();

        assertThat(descending.pollFirst()).isSameInstanceAs(s.get(3));
        assertThat(parentOf(s.get(3))).isNull();
        check();
        assertThat(descending.add(s.get(4))).isTrue();
        assertHolds(q);
        assertThat(descending.remove(s.get(0))).isTrue();
        assertThat(parentOf(s.get(0))).isNull();
        assertHolds(p, s.get(1), s.get(2), s.get(4));

        NavigableSet<C> head = descending.headSet(s.get(2), false);
        assertThat(new ArrayList<>(head)).containsExactly(s.get(4));
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> head.add(s.get(0)));
        assertThat(state()).isEqualTo(state);
        head.clear();
        assertThat(parentOf(s.get(4))).isNull();
        assertHolds(p, s.get(1), s.get(2));
    }

    @Test
    void descendingSetHasTheReversedComparator() {
        Comparator<? super C> comparator = view(p).descendingSet().comparator();
        assertThat(comparator).isNotNull();
        assertThat(comparator.compare(s.get(0), s.get(1))).isGreaterThan(0);
        assertThat(comparator.compare(s.get(3), s.get(1))).isLessThan(0);
    }

    @Test
    void descendingIteratorRemoveDetaches() {
        Iterator<C> it = view(p).descendingIterator();
        assertThat(it.next()).isSameInstanceAs(s.get(3));
        it.remove();
        assertThat(parentOf(s.get(3))).isNull();
        check();
        assertThat(it.next()).isSameInstanceAs(s.get(2));
        assertThat(it.next()).isSameInstanceAs(s.get(1));
        it.remove();
        assertThat(parentOf(s.get(1))).isNull();
        assertHolds(p, s.get(0), s.get(2));
        Iterator<C> inRange = view(p).headSet(s.get(2), true).descendingIterator();
        assertThat(inRange.next()).isSameInstanceAs(s.get(2));
        inRange.remove();
        assertHolds(p, s.get(0));
    }

    @Test
    void inclusiveRanges() {
        assertThat(new ArrayList<>(view(p).headSet(s.get(2), true)))
                .containsExactly(s.get(0), s.get(1), s.get(2)).inOrder();
        assertThat(new ArrayList<>(view(p).tailSet(s.get(2), false))).containsExactly(s.get(3));
        NavigableSet<C> sub = view(p).subSet(s.get(0), false, s.get(4), true);
        assertThat(new ArrayList<>(sub)).containsExactly(s.get(1), s.get(2), s.get(3)).inOrder();
        assertThat(sub.add(s.get(4))).isTrue();
        assertHolds(q);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> sub.add(s.get(5)));
        assertThat(state()).isEqualTo(state);
        assertThat(sub.headSet(s.get(2), true).removeIf(child -> true)).isTrue();
        check();
        assertThat(parentOf(s.get(1))).isNull();
        assertThat(parentOf(s.get(2))).isNull();
        assertHolds(p, s.get(0), s.get(3), s.get(4));
        sub.clear();
        assertHolds(p, s.get(0));
    }
}
