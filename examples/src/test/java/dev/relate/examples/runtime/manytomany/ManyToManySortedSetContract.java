package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The range views of a live {@code SortedSet} many-to-many end, on top of {@link ManyToManyContract}:
 * a range reads and changes only its part of the set, keeps both ends in sync, leaves every other
 * owner alone, and rejects an element outside it with {@link IllegalArgumentException}, changing
 * nothing.
 *
 * <p>Each test starts from six elements in the end's order, {@code s0 < s1 < ... < s5}:
 * {@code s0..s3} linked to {@code p}, {@code s1} and {@code s4} to {@code q}, {@code s5} to none.
 */
abstract class ManyToManySortedSetContract<O extends Entity, E extends Entity, V extends SortedSet<E>>
        extends ManyToManyContract<O, E, V> {
    O p;
    O q;
    List<E> s;

    ManyToManySortedSetContract(End<O, E, V> end, End<E, O, ?> inverse) {
        super(end, inverse);
    }

    @BeforeEach
    final void sixElements() {
        List<E> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(element());
        }
        s = expectedOrder(made);
        p = owner();
        q = owner();
        for (int i = 0; i < 4; i++) {
            addTo(p, s.get(i));
        }
        addTo(q, s.get(1));
        inverseAddTo(s.get(4), q);
        check();
    }

    @Test
    void firstLastAndComparator() {
        assertThat(view(p).first()).isSameInstanceAs(s.get(0));
        assertThat(view(p).last()).isSameInstanceAs(s.get(3));
        assertThat(view(p).comparator()).isSameInstanceAs(((SortedSet<E>) field(p)).comparator());
        O empty = owner();
        assertThrows(NoSuchElementException.class, () -> view(empty).first());
        assertThrows(NoSuchElementException.class, () -> view(empty).last());
    }

    @Test
    void headSetReadsAndChangesOnlyItsRange() {
        SortedSet<E> head = view(p).headSet(s.get(2));
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

        assertThat(head.remove(s.get(1))).isTrue();
        assertInverseHolds(s.get(1), q);
        assertHolds(p, s.get(0), s.get(2), s.get(3));
        assertThat(head.add(s.get(1))).isTrue();
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3));
        assertHolds(q, s.get(1), s.get(4));

        head.clear();
        assertInverseHolds(s.get(0));
        assertInverseHolds(s.get(1), q);
        assertHolds(p, s.get(2), s.get(3));
        assertThat(head).isEmpty();
    }

    @Test
    void tailSetReadsAndChangesOnlyItsRange() {
        SortedSet<E> tail = view(p).tailSet(s.get(2));
        assertThat(new ArrayList<>(tail)).containsExactly(s.get(2), s.get(3)).inOrder();
        assertThat(tail.add(s.get(4))).isTrue();
        assertHolds(q, s.get(1), s.get(4));
        assertThat(tail.add(s.get(5))).isTrue();
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5));

        removeFrom(p, s.get(0));
        check();
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> tail.add(s.get(0)));
        assertThat(state()).isEqualTo(state);

        Iterator<E> it = tail.iterator();
        assertThat(it.next()).isSameInstanceAs(s.get(2));
        it.remove();
        assertInverseHolds(s.get(2));
        assertThat(tail.removeIf(element -> element == s.get(4))).isTrue();
        assertInverseHolds(s.get(4), q);
        assertThat(tail.retainAll(List.of(s.get(5)))).isTrue();
        assertInverseHolds(s.get(3));
        assertHolds(p, s.get(1), s.get(5));
        assertThat(tail.removeAll(List.of(s.get(1), s.get(5)))).isTrue();
        assertHolds(p, s.get(1));
        assertInverseHolds(s.get(5));
    }

    @Test
    void subSetReadsAndChangesOnlyItsRangeAndNarrowsFurther() {
        SortedSet<E> sub = view(p).subSet(s.get(1), s.get(3));
        assertThat(new ArrayList<>(sub)).containsExactly(s.get(1), s.get(2)).inOrder();
        assertThat(sub.size()).isEqualTo(2);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> sub.add(s.get(4)));
        assertThat(state()).isEqualTo(state);

        SortedSet<E> inner = sub.headSet(s.get(2));
        assertThat(new ArrayList<>(inner)).containsExactly(s.get(1));
        assertThrows(IllegalArgumentException.class, () -> inner.add(s.get(5)));
        assertThat(state()).isEqualTo(state);

        sub.tailSet(s.get(2)).clear();
        assertInverseHolds(s.get(2));
        assertHolds(p, s.get(0), s.get(1), s.get(3));
        inner.clear();
        assertInverseHolds(s.get(1), q);
        assertHolds(p, s.get(0), s.get(3));
        assertThat(inner.add(s.get(1))).isTrue();
        assertThat(sub.add(s.get(2))).isTrue();
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3));
    }

    @Test
    void rangesSeeChangesMadeFromTheOtherEnd() {
        SortedSet<E> head = view(p).headSet(s.get(3));
        inverseRemoveFrom(s.get(1), p);
        check();
        assertThat(new ArrayList<>(head)).containsExactly(s.get(0), s.get(2)).inOrder();
        inverseView(s.get(1)).add(p);
        check();
        assertThat(new ArrayList<>(head)).containsExactly(s.get(0), s.get(1), s.get(2)).inOrder();
        setAll(p, List.of(s.get(5)));
        assertHolds(p, s.get(5));
        assertThat(head).isEmpty();
    }

    @Test
    void rangesOfAnEmptyOwnerStayEmptyUntilSomethingIsAdded() {
        O empty = owner();
        SortedSet<E> head = view(empty).headSet(s.get(3));
        assertThat(head).isEmpty();
        assertThrows(IllegalArgumentException.class, () -> head.add(s.get(5)));
        assertInverseHolds(s.get(5));
        assertThat(head.add(s.get(0))).isTrue();
        assertHolds(empty, s.get(0));
        assertInverseHolds(s.get(0), p, empty);
        assertHolds(p, s.get(0), s.get(1), s.get(2), s.get(3));
    }
}
