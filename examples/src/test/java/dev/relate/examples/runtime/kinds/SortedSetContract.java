package dev.relate.examples.runtime.kinds;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The range views of a live {@code SortedSet}, on top of {@link OneToManyContract}: a range reads
 * and changes only its part of the set, keeps both ends in sync, and rejects an element outside it
 * with {@link IllegalArgumentException}, changing nothing.
 *
 * <p>Each test starts from six children in the end's order, {@code s0 < s1 < ... < s5}:
 * {@code s0..s3} in {@code p}, {@code s4} in {@code q}, {@code s5} in no parent.
 */
abstract class SortedSetContract<P extends Entity, C extends Entity> extends OneToManyContract<P, C> {
    P p;
    P q;
    List<C> s;

    @Override
    abstract SortedSet<C> view(P parent);

    @Override
    abstract SortedSet<C> field(P parent);

    @Override
    abstract Comparator<? super C> sortedBy();

    @Override
    final boolean keepsInsertionOrder() {
        return false;
    }

    @BeforeEach
    final void sixChildren() {
        List<C> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(child());
        }
        s = expectedOrder(made);
        p = parent();
        q = parent();
        for (int i = 0; i < 4; i++) {
            addTo(p, s.get(i));
        }
        setParent(s.get(4), q);
        check();
    }

    @Test
    void firstLastAndComparator() {
        assertThat(view(p).first()).isSameInstanceAs(s.get(0));
        assertThat(view(p).last()).isSameInstanceAs(s.get(3));
        assertThat(view(p).comparator()).isSameInstanceAs(field(p).comparator());
        P empty = parent();
        assertThrows(NoSuchElementException.class, () -> view(empty).first());
        assertThrows(NoSuchElementException.class, () -> view(empty).last());
    }

    @Test
    void headSetReadsAndChangesOnlyItsRange() {
        SortedSet<C> head = view(p).headSet(s.get(2));
        assertThat(new ArrayList<>(head)).containsExactly(s.get(0), s.get(1)).inOrder();
        assertThat(head.contains(s.get(1))).isTrue();
        assertThat(head.contains(s.get(2))).isFalse();
        assertThat(head.contains(s.get(4))).isFalse();
        assertThat(head.first()).isSameInstanceAs(s.get(0));
        assertThat(head.last()).isSameInstanceAs(s.get(1));

        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> head.add(s.get(4)));
        assertThrows(IllegalArgumentException.class, () -> head.add(s.get(5)));
        assertThat(head.remove(s.get(3))).isFalse();
        assertThat(head.add(s.get(0))).isFalse();
        assertThat(state()).isEqualTo(state);

        assertThat(head.remove(s.get(0))).isTrue();
        assertThat(parentOf(s.get(0))).isNull();
        assertHolds(p, s.get(1), s.get(2), s.get(3));

        addTo(q, s.get(0));
        assertThat(head.add(s.get(0))).isTrue();
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3));
        assertHolds(q, s.get(4));

        head.clear();
        assertThat(parentOf(s.get(0))).isNull();
        assertThat(parentOf(s.get(1))).isNull();
        assertHolds(p, s.get(2), s.get(3));
        assertThat(head).isEmpty();
    }

    @Test
    void tailSetReadsAndChangesOnlyItsRange() {
        SortedSet<C> tail = view(p).tailSet(s.get(2));
        assertThat(new ArrayList<>(tail)).containsExactly(s.get(2), s.get(3)).inOrder();
        assertThat(tail.add(s.get(4))).isTrue();
        assertHolds(q);
        assertThat(tail.add(s.get(5))).isTrue();
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5));

        removeFrom(p, s.get(0));
        check();
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> tail.add(s.get(0)));
        assertThat(state()).isEqualTo(state);

        Iterator<C> it = tail.iterator();
        assertThat(it.next()).isSameInstanceAs(s.get(2));
        it.remove();
        assertThat(parentOf(s.get(2))).isNull();
        check();
        assertThat(tail.removeIf(child -> child == s.get(4))).isTrue();
        assertThat(parentOf(s.get(4))).isNull();
        check();
        assertThat(tail.retainAll(List.of(s.get(5)))).isTrue();
        assertThat(parentOf(s.get(3))).isNull();
        assertHolds(p, s.get(1), s.get(5));
        assertThat(tail.removeAll(List.of(s.get(1), s.get(5)))).isTrue();
        assertHolds(p, s.get(1));
    }

    @Test
    void subSetReadsAndChangesOnlyItsRangeAndNarrowsFurther() {
        SortedSet<C> sub = view(p).subSet(s.get(1), s.get(3));
        assertThat(new ArrayList<>(sub)).containsExactly(s.get(1), s.get(2)).inOrder();
        assertThat(sub.size()).isEqualTo(2);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> sub.add(s.get(4)));
        assertThat(state()).isEqualTo(state);

        SortedSet<C> inner = sub.headSet(s.get(2));
        assertThat(new ArrayList<>(inner)).containsExactly(s.get(1));
        assertThrows(IllegalArgumentException.class, () -> inner.add(s.get(5)));
        assertThat(state()).isEqualTo(state);

        sub.tailSet(s.get(2)).clear();
        assertThat(parentOf(s.get(2))).isNull();
        assertHolds(p, s.get(0), s.get(1), s.get(3));
        assertThat(inner.add(s.get(1))).isFalse();
        assertThat(sub.add(s.get(2))).isTrue();
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3));
    }

    @Test
    void rangesSeeLaterChanges() {
        SortedSet<C> head = view(p).headSet(s.get(3));
        removeFrom(p, s.get(1));
        check();
        assertThat(new ArrayList<>(head)).containsExactly(s.get(0), s.get(2)).inOrder();
        setParent(s.get(1), p);
        check();
        assertThat(new ArrayList<>(head)).containsExactly(s.get(0), s.get(1), s.get(2)).inOrder();
        setAll(p, List.of(s.get(5)));
        assertHolds(p, s.get(5));
        assertThat(head).isEmpty();
    }

    @Test
    void rangesOfAnEmptyParentStayEmptyUntilSomethingIsAdded() {
        P empty = parent();
        SortedSet<C> head = view(empty).headSet(s.get(3));
        assertThat(head).isEmpty();
        assertThrows(IllegalArgumentException.class, () -> head.add(s.get(5)));
        assertThat(parentOf(s.get(5))).isNull();
        assertThat(head.add(s.get(0))).isTrue();
        assertHolds(empty, s.get(0));
        assertHolds(p, s.get(1), s.get(2), s.get(3));
    }
}
