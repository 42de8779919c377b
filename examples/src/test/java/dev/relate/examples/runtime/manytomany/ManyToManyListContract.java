package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The positional operations of a live {@code List} view of a many-to-many end, on top of
 * {@link ManyToManyContract}: every path links what comes in, unlinks what goes, leaves every other
 * owner of an element alone, and never touches the other end of an element it only reorders. The
 * rules for elements already in the list are {@code LiveList}'s: {@code set(i, e)} swaps,
 * {@code add(i, e)} throws {@link IllegalArgumentException}.
 */
abstract class ManyToManyListContract<O extends Entity, E extends Entity> extends ManyToManyContract<O, E, List<E>> {

    ManyToManyListContract(End<O, E, List<E>> end, End<E, O, ?> inverse) {
        super(end, inverse);
    }

    /**
     * An owner with {@code count} new elements, each then linked to a second owner too: the owner comes
     * first in each element's other end, so relinking it (which appends it) would show.
     */
    private O sharedOwnerWith(int count, O other) {
        O owner = owner();
        for (int i = 0; i < count; i++) {
            E element = element();
            addTo(owner, element);
            addTo(other, element);
        }
        check();
        return owner;
    }

    /** The other end of every element: what reordering this end must leave untouched. */
    private List<String> otherEnds(O owner) {
        List<String> out = new ArrayList<>();
        for (E element : contents(owner)) {
            out.add(element + " holds " + inverseField(element));
        }
        return out;
    }

    @Test
    void readsByIndex() {
        O p = ownerWith(3);
        List<E> es = contents(p);
        List<E> view = view(p);
        assertThat(view.get(1)).isSameInstanceAs(es.get(1));
        assertThat(view.indexOf(es.get(2))).isEqualTo(2);
        assertThat(view.lastIndexOf(es.get(2))).isEqualTo(2);
        E stranger = element();
        addTo(owner(), stranger);
        assertThat(view.indexOf(stranger)).isEqualTo(-1);
        assertThat(view.lastIndexOf(stranger)).isEqualTo(-1);
        assertThat(view.indexOf(null)).isEqualTo(-1);
        assertThat(view.indexOf("not an element")).isEqualTo(-1);
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(3));
        assertThat(view).isEqualTo(es);
        assertThat(view.hashCode()).isEqualTo(es.hashCode());
    }

    @Test
    void setWithANewElementReplacesAndUnlinksTheOldOne() {
        O q = owner();
        O p = sharedOwnerWith(3, q);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        O r = ownerWith(1);
        E x = contents(r).get(0);
        Collection<E> field = field(p);
        assertThat(view(p).set(1, x)).isSameInstanceAs(b);
        assertInverseHolds(b, q);
        assertInverseHolds(x, r, p);
        assertHolds(p, a, x, c);
        assertHolds(r, x);
        E fresh = element();
        assertThat(view(p).set(0, fresh)).isSameInstanceAs(a);
        assertInverseHolds(a, q);
        assertHolds(p, fresh, x, c);
        assertHolds(q, a, b, c);
        assertThat(field(p)).isSameInstanceAs(field);
    }

    @Test
    void setWithAnElementAlreadyInTheListSwapsTheTwoWithoutRelinking() {
        O q = owner();
        O p = sharedOwnerWith(3, q);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        List<String> others = otherEnds(p);
        assertThat(view(p).set(0, c)).isSameInstanceAs(a);
        assertHolds(p, c, b, a);
        assertThat(view(p).set(1, b)).isSameInstanceAs(b);
        assertHolds(p, c, b, a);
        assertThat(view(p).set(2, b)).isSameInstanceAs(a);
        assertHolds(p, c, a, b);
        List<String> now = otherEnds(p);
        assertThat(now).containsExactlyElementsIn(others);
    }

    @Test
    void setRejectsNullAndBadIndexesChangingNothing() {
        O p = ownerWith(3);
        E x = contents(ownerWith(1)).get(0);
        E fresh = element();
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> view(p).set(0, null));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).set(3, x));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).set(-1, fresh));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void addAtAnIndexInsertsAndLeavesTheOtherOwnersAlone() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        view(p).add(1, x);
        assertHolds(p, a, x, b, c);
        assertHolds(q, x);
        assertInverseHolds(x, q, p);
        E first = element();
        E last = element();
        view(p).add(0, first);
        view(p).add(view(p).size(), last);
        assertHolds(p, first, a, x, b, c, last);
    }

    @Test
    void addAtAnIndexRejectsAMemberNullAndBadIndexesChangingNothing() {
        O p = ownerWith(3);
        E c = contents(p).get(2);
        E x = contents(ownerWith(1)).get(0);
        E fresh = element();
        List<String> state = state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view(p).add(0, c));
        assertThat(e).hasMessageThat().contains("already in");
        assertThrows(NullPointerException.class, () -> view(p).add(0, null));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).add(4, x));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).add(-1, fresh));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removeAtAnIndexUnlinks() {
        O q = owner();
        O p = sharedOwnerWith(3, q);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        assertThat(view(p).remove(1)).isSameInstanceAs(b);
        assertInverseHolds(b, q);
        assertHolds(p, a, c);
        List<String> state = state();
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).remove(2));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).remove(-1));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void addAllAtAnIndexInsertsInOrder() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        O q = ownerWith(2);
        E x = contents(q).get(0);
        E y = contents(q).get(1);
        E fresh = element();
        assertThat(view(p).addAll(1, Arrays.asList(x, fresh))).isTrue();
        assertHolds(p, a, x, fresh, b);
        assertHolds(q, x, y);
        assertInverseHolds(x, q, p);
        assertThat(view(p).addAll(0, Collections.<E>emptyList())).isFalse();
        assertThat(view(p).addAll(0, List.of(y))).isTrue();
        assertHolds(p, y, a, x, fresh, b);
        assertHolds(q, x, y);
    }

    @Test
    void addAllAtAnIndexRejectsMembersRepeatsNullsAndBadIndexesChangingNothing() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        E x = contents(ownerWith(1)).get(0);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> view(p).addAll(0, Arrays.asList(x, a)));
        assertThrows(IllegalArgumentException.class, () -> view(p).addAll(0, Arrays.asList(x, x)));
        assertThrows(NullPointerException.class, () -> view(p).addAll(0, Arrays.asList(x, null)));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).addAll(3, Arrays.asList(x)));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void listIteratorForwards() {
        O p = ownerWith(4);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        E d = contents(p).get(3);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        ListIterator<E> it = view(p).listIterator();
        assertThrows(IllegalStateException.class, () -> it.set(x));
        assertThat(it.next()).isSameInstanceAs(a);
        it.set(x);
        assertInverseHolds(a);
        assertInverseHolds(x, q, p);
        assertHolds(p, x, b, c, d);
        assertHolds(q, x);
        assertThat(it.next()).isSameInstanceAs(b);
        it.set(d);
        assertHolds(p, x, d, c, b);
        assertThat(it.next()).isSameInstanceAs(c);
        it.remove();
        assertInverseHolds(c);
        assertHolds(p, x, d, b);
        E fresh = element();
        it.add(fresh);
        assertHolds(p, x, d, fresh, b);
        assertThrows(IllegalStateException.class, () -> it.set(a));
        assertThrows(IllegalStateException.class, it::remove);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> it.add(d));
        assertThrows(NullPointerException.class, () -> it.add(null));
        assertThat(state()).isEqualTo(state);
        assertThat(it.nextIndex()).isEqualTo(3);
        assertThat(it.next()).isSameInstanceAs(b);
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void listIteratorBackwards() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        ListIterator<E> it = view(p).listIterator(3);
        assertThat(it.hasPrevious()).isTrue();
        assertThat(it.previousIndex()).isEqualTo(2);
        assertThat(it.previous()).isSameInstanceAs(c);
        E fresh = element();
        it.set(fresh);
        assertInverseHolds(c);
        assertHolds(p, a, b, fresh);
        assertThat(it.previous()).isSameInstanceAs(b);
        it.remove();
        assertInverseHolds(b);
        assertHolds(p, a, fresh);
        assertThat(it.previous()).isSameInstanceAs(a);
        it.set(fresh);
        assertHolds(p, fresh, a);
        E first = element();
        it.add(first);
        assertHolds(p, first, fresh, a);
        assertThat(it.hasPrevious()).isTrue();
        assertThat(it.previous()).isSameInstanceAs(first);
        assertThat(it.hasPrevious()).isFalse();
    }

    @Test
    void listIteratorActsOnTheElementNowAtItsPositionAfterASetElsewhere() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        ListIterator<E> it = view(p).listIterator();
        assertThat(it.next()).isSameInstanceAs(a);
        E x = element();
        view(p).set(0, x);
        assertHolds(p, x, b, c);
        it.remove();
        assertInverseHolds(x);
        assertInverseHolds(a);
        assertHolds(p, b, c);
    }

    @Test
    void reorderingNeitherRelinksNorTouchesTheOtherEnds() {
        O q = owner();
        O p = sharedOwnerWith(7, q);
        List<String> others = otherEnds(p);
        List<E> expected = contents(p);
        Collections.swap(view(p), 0, 6);
        Collections.swap(expected, 0, 6);
        assertHolds(p, expected);
        Collections.reverse(view(p));
        Collections.reverse(expected);
        assertHolds(p, expected);
        Collections.rotate(view(p), 3);
        Collections.rotate(expected, 3);
        assertHolds(p, expected);
        Collections.shuffle(view(p), new Random(42));
        Collections.shuffle(expected, new Random(42));
        assertHolds(p, expected);
        view(p).sort(Comparator.comparingInt((E element) -> element.id).reversed());
        expected.sort(Comparator.comparingInt((E element) -> element.id).reversed());
        assertHolds(p, expected);
        assertThat(otherEnds(p)).containsExactlyElementsIn(others);
    }

    @Test
    void reorderingALongListKeepsTheEndsInSync() {
        // lists of 18 (reverse) and 100 (rotate) elements and more that are not RandomAccess take other paths
        O p = ownerWith(120);
        List<E> expected = contents(p);
        Collections.reverse(view(p));
        Collections.reverse(expected);
        assertHolds(p, expected);
        Collections.rotate(view(p), 41);
        Collections.rotate(expected, 41);
        assertHolds(p, expected);
    }

    @Test
    void sortWithAFailingComparatorKeepsTheEndsInSync() {
        O p = ownerWith(4);
        assertThrows(IllegalStateException.class, () -> view(p).sort((left, right) -> {
            throw new IllegalStateException("cannot compare");
        }));
        assertThat(view(p)).hasSize(4);
        check();
    }

    @Test
    void replaceAllSwapsInNewElementsAndUnlinksTheOldOnes() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        view(p).replaceAll(element -> element == b ? x : element);
        assertInverseHolds(b);
        assertInverseHolds(x, q, p);
        assertHolds(p, a, x, c);
        assertHolds(q, x);
        view(p).replaceAll(element -> element == a ? c : element == c ? a : element);
        assertHolds(p, c, x, a);
        view(p).replaceAll(element -> element);
        assertHolds(p, c, x, a);
    }

    @Test
    void replaceAllRejectsRepeatsAndNullsChangingNothing() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> view(p).replaceAll(element -> a));
        assertThrows(NullPointerException.class, () -> view(p).replaceAll(element -> element == a ? null : element));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void subListOperations() {
        O p = ownerWith(5);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        E d = contents(p).get(3);
        E e = contents(p).get(4);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        List<E> sub = view(p).subList(1, 4);
        assertThat(sub).containsExactly(b, c, d).inOrder();
        assertThat(sub.add(x)).isTrue();
        assertHolds(p, a, b, c, d, x, e);
        assertHolds(q, x);
        assertThat(sub.remove(c)).isTrue();
        assertInverseHolds(c);
        assertHolds(p, a, b, d, x, e);
        assertThat(sub.remove(0)).isSameInstanceAs(b);
        assertInverseHolds(b);
        assertHolds(p, a, d, x, e);
        assertThat(sub).containsExactly(d, x).inOrder();
        E f = element();
        assertThat(sub.set(0, f)).isSameInstanceAs(d);
        assertInverseHolds(d);
        assertHolds(p, a, f, x, e);
        assertThat(sub.set(1, a)).isSameInstanceAs(x);
        assertHolds(p, x, f, a, e);
        sub.clear();
        assertInverseHolds(f);
        assertInverseHolds(a);
        assertInverseHolds(x, q, p);
        assertHolds(p, x, e);
        E g = element();
        assertThat(sub.addAll(Arrays.asList(g, b))).isTrue();
        assertHolds(p, x, g, b, e);
        view(p).subList(0, 2).clear();
        assertHolds(p, b, e);
        assertHolds(q, x);
    }

    @Test
    void subListBulkOperationsKeepTheEndsInSync() {
        O p = ownerWith(6);
        List<E> es = contents(p);
        List<E> sub = view(p).subList(1, 5);
        assertThat(sub.removeIf(element -> element == es.get(2))).isTrue();
        assertInverseHolds(es.get(2));
        assertHolds(p, es.get(0), es.get(1), es.get(3), es.get(4), es.get(5));
        assertThat(sub.retainAll(List.of(es.get(1), es.get(4)))).isTrue();
        assertInverseHolds(es.get(3));
        assertHolds(p, es.get(0), es.get(1), es.get(4), es.get(5));
        sub.sort(Comparator.comparingInt((E element) -> element.id).reversed());
        assertHolds(p, es.get(0), es.get(4), es.get(1), es.get(5));
        E fresh = element();
        sub.replaceAll(element -> element == es.get(1) ? fresh : element);
        assertInverseHolds(es.get(1));
        assertHolds(p, es.get(0), es.get(4), fresh, es.get(5));
        assertThat(sub.removeAll(List.of(es.get(4)))).isTrue();
        assertInverseHolds(es.get(4));
        assertHolds(p, es.get(0), fresh, es.get(5));
        assertThat(sub).containsExactly(fresh);
    }

    @Test
    void subListRejectsAMemberAndNullChangingNothing() {
        O p = ownerWith(4);
        E a = contents(p).get(0);
        List<E> sub = view(p).subList(1, 3);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> sub.add(a));
        assertThrows(NullPointerException.class, () -> sub.add(null));
        assertThrows(NullPointerException.class, () -> sub.set(0, null));
        assertThat(state()).isEqualTo(state);
        assertThat(sub).hasSize(2);
    }

    @Test
    void subListIteratorKeepsTheEndsInSync() {
        O p = ownerWith(5);
        List<E> before = contents(p);
        ListIterator<E> it = view(p).subList(1, 4).listIterator();
        it.next();
        it.remove();
        check();
        it.next();
        E fresh = element();
        it.set(fresh);
        check();
        it.add(element());
        check();
        assertInverseHolds(before.get(1));
        assertInverseHolds(before.get(2));
        assertThat(view(p)).hasSize(5);
        assertThat(view(p).get(1)).isSameInstanceAs(fresh);
    }
}
