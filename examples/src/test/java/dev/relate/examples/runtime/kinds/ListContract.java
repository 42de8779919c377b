package dev.relate.examples.runtime.kinds;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The positional operations of a live {@code List} view, on top of {@link OneToManyContract}: every
 * path either keeps both ends in sync or throws and changes nothing. The rules for elements that are
 * already in the list are those documented on {@code dev.relate.runtime.LiveList}: {@code set(i, e)}
 * swaps, {@code add(i, e)} throws {@link IllegalArgumentException}.
 */
abstract class ListContract<P extends Entity, C extends Entity> extends OneToManyContract<P, C> {

    @Override
    abstract List<C> view(P parent);

    @Override
    abstract List<C> field(P parent);

    @Override
    final Comparator<? super C> sortedBy() {
        return null;
    }

    @Override
    final boolean keepsInsertionOrder() {
        return true;
    }

    @Test
    void readsByIndex() {
        P p = parentWithChildren(3);
        List<C> cs = contents(p);
        List<C> view = view(p);
        assertThat(view.get(1)).isSameInstanceAs(cs.get(1));
        assertThat(view.indexOf(cs.get(2))).isEqualTo(2);
        assertThat(view.lastIndexOf(cs.get(2))).isEqualTo(2);
        C stranger = child();
        assertThat(view.indexOf(stranger)).isEqualTo(-1);
        assertThat(view.lastIndexOf(stranger)).isEqualTo(-1);
        assertThat(view.indexOf(null)).isEqualTo(-1);
        assertThat(view.indexOf("not a child")).isEqualTo(-1);
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(3));
        assertThat(view).isEqualTo(cs);
        assertThat(view.hashCode()).isEqualTo(cs.hashCode());
    }

    @Test
    void setWithANewElementReplacesAndDetachesTheOldOne() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        P q = parentWithChildren(2);
        C x = contents(q).get(0);
        C y = contents(q).get(1);
        List<C> field = field(p);
        assertThat(view(p).set(1, x)).isSameInstanceAs(b);
        assertThat(parentOf(b)).isNull();
        assertHolds(p, a, x, c);
        assertHolds(q, y);
        C fresh = child();
        assertThat(view(p).set(0, fresh)).isSameInstanceAs(a);
        assertThat(parentOf(a)).isNull();
        assertHolds(p, fresh, x, c);
        assertThat(field(p)).isSameInstanceAs(field);
    }

    @Test
    void setWithAnElementAlreadyInTheListSwapsTheTwo() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        assertThat(view(p).set(0, c)).isSameInstanceAs(a);
        assertHolds(p, c, b, a);
        assertThat(view(p).set(1, b)).isSameInstanceAs(b);
        assertHolds(p, c, b, a);
        assertThat(view(p).set(2, b)).isSameInstanceAs(a);
        assertHolds(p, c, a, b);
    }

    @Test
    void setRejectsNullAndBadIndexesChangingNothing() {
        P p = parentWithChildren(3);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        C fresh = child();
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> view(p).set(0, null));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).set(3, x));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).set(-1, fresh));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void addAtAnIndexInsertsAndTakesFromThePreviousParent() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        view(p).add(1, x);
        assertHolds(p, a, x, b, c);
        assertHolds(q);
        C first = child();
        C last = child();
        view(p).add(0, first);
        view(p).add(view(p).size(), last);
        assertHolds(p, first, a, x, b, c, last);
    }

    @Test
    void addAtAnIndexRejectsAMemberNullAndBadIndexesChangingNothing() {
        P p = parentWithChildren(3);
        C c = contents(p).get(2);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        C fresh = child();
        List<String> state = state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view(p).add(0, c));
        assertThat(e).hasMessageThat().contains("already in");
        assertThrows(NullPointerException.class, () -> view(p).add(0, null));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).add(4, x));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).add(-1, fresh));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removeAtAnIndexDetaches() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        assertThat(view(p).remove(1)).isSameInstanceAs(b);
        assertThat(parentOf(b)).isNull();
        assertHolds(p, a, c);
        List<String> state = state();
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).remove(2));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).remove(-1));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void addAllAtAnIndexInsertsInOrderAndTakesFromPreviousParents() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        P q = parentWithChildren(2);
        C x = contents(q).get(0);
        C y = contents(q).get(1);
        C fresh = child();
        assertThat(view(p).addAll(1, Arrays.asList(x, fresh))).isTrue();
        assertHolds(p, a, x, fresh, b);
        assertHolds(q, y);
        assertThat(view(p).addAll(0, Collections.<C>emptyList())).isFalse();
        assertThat(view(p).addAll(0, view(q))).isTrue();
        assertHolds(p, y, a, x, fresh, b);
        assertHolds(q);
    }

    @Test
    void addAllAtAnIndexRejectsMembersRepeatsNullsAndBadIndexesChangingNothing() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> view(p).addAll(0, Arrays.asList(x, a)));
        assertThrows(IllegalArgumentException.class, () -> view(p).addAll(0, Arrays.asList(x, x)));
        assertThrows(NullPointerException.class, () -> view(p).addAll(0, Arrays.asList(x, null)));
        assertThrows(IndexOutOfBoundsException.class, () -> view(p).addAll(3, Arrays.asList(x)));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void listIteratorForwards() {
        P p = parentWithChildren(4);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        C d = contents(p).get(3);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        ListIterator<C> it = view(p).listIterator();
        assertThrows(IllegalStateException.class, () -> it.set(x));
        assertThat(it.next()).isSameInstanceAs(a);
        it.set(x);
        assertThat(parentOf(a)).isNull();
        assertHolds(p, x, b, c, d);
        assertHolds(q);
        assertThat(it.next()).isSameInstanceAs(b);
        it.set(d);
        assertHolds(p, x, d, c, b);
        assertThat(it.next()).isSameInstanceAs(c);
        it.remove();
        assertThat(parentOf(c)).isNull();
        assertHolds(p, x, d, b);
        C fresh = child();
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
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        ListIterator<C> it = view(p).listIterator(3);
        assertThat(it.hasPrevious()).isTrue();
        assertThat(it.previousIndex()).isEqualTo(2);
        assertThat(it.previous()).isSameInstanceAs(c);
        C fresh = child();
        it.set(fresh);
        assertThat(parentOf(c)).isNull();
        assertHolds(p, a, b, fresh);
        assertThat(it.previous()).isSameInstanceAs(b);
        it.remove();
        assertThat(parentOf(b)).isNull();
        assertHolds(p, a, fresh);
        assertThat(it.previous()).isSameInstanceAs(a);
        it.set(fresh);
        assertHolds(p, fresh, a);
        C first = child();
        it.add(first);
        assertHolds(p, first, fresh, a);
        assertThat(it.hasPrevious()).isTrue();
        assertThat(it.previous()).isSameInstanceAs(first);
        assertThat(it.hasPrevious()).isFalse();
    }

    @Test
    void listIteratorRemovesTheElementNowAtItsPositionAfterASetElsewhere() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        ListIterator<C> it = view(p).listIterator();
        assertThat(it.next()).isSameInstanceAs(a);
        C x = child();
        view(p).set(0, x);
        assertHolds(p, x, b, c);
        it.remove();
        assertThat(parentOf(x)).isNull();
        assertThat(parentOf(a)).isNull();
        assertHolds(p, b, c);
    }

    @Test
    void listIteratorReplacesTheElementNowAtItsPositionAfterASetElsewhere() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        ListIterator<C> it = view(p).listIterator();
        assertThat(it.next()).isSameInstanceAs(a);
        view(p).set(0, c);
        assertHolds(p, c, b, a);
        C fresh = child();
        it.set(fresh);
        assertThat(parentOf(c)).isNull();
        assertHolds(p, fresh, b, a);
    }

    @Test
    void collectionsSwap() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        Collections.swap(view(p), 0, 2);
        assertHolds(p, c, b, a);
        Collections.swap(view(p), 1, 1);
        assertHolds(p, c, b, a);
        Collections.swap(view(p), 2, 1);
        assertHolds(p, c, a, b);
    }

    @Test
    void collectionsReverseOfAShortList() {
        P p = parentWithChildren(5);
        List<C> expected = contents(p);
        Collections.reverse(expected);
        Collections.reverse(view(p));
        assertHolds(p, expected);
    }

    @Test
    void collectionsReverseOfALongList() {
        // Collections.reverse walks two list iterators for lists of 18 elements and more that are not RandomAccess
        P p = parentWithChildren(20);
        List<C> expected = contents(p);
        Collections.reverse(expected);
        Collections.reverse(view(p));
        assertHolds(p, expected);
    }

    @Test
    void collectionsRotate() {
        P p = parentWithChildren(7);
        List<C> expected = contents(p);
        Collections.rotate(expected, 3);
        Collections.rotate(view(p), 3);
        assertHolds(p, expected);
        Collections.rotate(expected, -5);
        Collections.rotate(view(p), -5);
        assertHolds(p, expected);
    }

    @Test
    void collectionsRotateOfALongList() {
        // lists of 100 elements and more that are not RandomAccess are rotated by three reversals
        P p = parentWithChildren(120);
        List<C> expected = contents(p);
        Collections.rotate(expected, 41);
        Collections.rotate(view(p), 41);
        assertHolds(p, expected);
    }

    @Test
    void collectionsShuffle() {
        P p = parentWithChildren(12);
        List<C> expected = contents(p);
        Collections.shuffle(expected, new Random(42));
        Collections.shuffle(view(p), new Random(42));
        assertHolds(p, expected);
    }

    @Test
    void sortReordersWithoutRelinking() {
        P p = parentWithChildren(4);
        List<C> before = contents(p);
        List<C> field = field(p);
        view(p).sort(Comparator.comparingInt((C child) -> child.id).reversed());
        List<C> reversed = new ArrayList<>(before);
        Collections.reverse(reversed);
        assertHolds(p, reversed);
        Collections.sort(view(p), Comparator.comparingInt(child -> child.id));
        assertHolds(p, before);
        assertThat(field(p)).isSameInstanceAs(field);
    }

    @Test
    void sortWithAFailingComparatorKeepsTheEndsInSync() {
        P p = parentWithChildren(4);
        assertThrows(IllegalStateException.class, () -> view(p).sort((left, right) -> {
            throw new IllegalStateException("cannot compare");
        }));
        assertThat(view(p)).hasSize(4);
        check();
    }

    @Test
    void replaceAllSwapsInNewElementsAndDetachesTheOldOnes() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        view(p).replaceAll(child -> child == b ? x : child);
        assertThat(parentOf(b)).isNull();
        assertHolds(p, a, x, c);
        assertHolds(q);
        view(p).replaceAll(child -> child == a ? c : child == c ? a : child);
        assertHolds(p, c, x, a);
        view(p).replaceAll(child -> child);
        assertHolds(p, c, x, a);
    }

    @Test
    void replaceAllRejectsRepeatsAndNullsChangingNothing() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> view(p).replaceAll(child -> a));
        assertThrows(NullPointerException.class, () -> view(p).replaceAll(child -> child == a ? null : child));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void subListOperations() {
        P p = parentWithChildren(5);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        C d = contents(p).get(3);
        C e = contents(p).get(4);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        List<C> sub = view(p).subList(1, 4);
        assertThat(sub).containsExactly(b, c, d).inOrder();
        assertThat(sub.add(x)).isTrue();
        assertHolds(p, a, b, c, d, x, e);
        assertHolds(q);
        assertThat(sub.remove(c)).isTrue();
        assertThat(parentOf(c)).isNull();
        assertHolds(p, a, b, d, x, e);
        assertThat(sub.remove(0)).isSameInstanceAs(b);
        assertThat(parentOf(b)).isNull();
        assertHolds(p, a, d, x, e);
        assertThat(sub).containsExactly(d, x).inOrder();
        C f = child();
        assertThat(sub.set(0, f)).isSameInstanceAs(d);
        assertThat(parentOf(d)).isNull();
        assertHolds(p, a, f, x, e);
        assertThat(sub.set(1, a)).isSameInstanceAs(x);
        assertHolds(p, x, f, a, e);
        sub.clear();
        assertThat(parentOf(f)).isNull();
        assertThat(parentOf(a)).isNull();
        assertHolds(p, x, e);
        C g = child();
        assertThat(sub.addAll(Arrays.asList(g, b))).isTrue();
        assertHolds(p, x, g, b, e);
        view(p).subList(0, 2).clear();
        assertHolds(p, b, e);
    }

    @Test
    void subListBulkOperationsKeepTheEndsInSync() {
        // removeIf, retainAll, removeAll, sort and replaceAll of a sub-list are the JDK's defaults, built on
        // the view's list iterator
        P p = parentWithChildren(6);
        List<C> cs = contents(p);
        List<C> sub = view(p).subList(1, 5);
        assertThat(sub.removeIf(child -> child == cs.get(2))).isTrue();
        assertThat(parentOf(cs.get(2))).isNull();
        assertHolds(p, cs.get(0), cs.get(1), cs.get(3), cs.get(4), cs.get(5));
        assertThat(sub.retainAll(List.of(cs.get(1), cs.get(4)))).isTrue();
        assertThat(parentOf(cs.get(3))).isNull();
        assertHolds(p, cs.get(0), cs.get(1), cs.get(4), cs.get(5));
        sub.sort(Comparator.comparingInt((C child) -> child.id).reversed());
        assertHolds(p, cs.get(0), cs.get(4), cs.get(1), cs.get(5));
        C fresh = child();
        sub.replaceAll(child -> child == cs.get(1) ? fresh : child);
        assertThat(parentOf(cs.get(1))).isNull();
        assertHolds(p, cs.get(0), cs.get(4), fresh, cs.get(5));
        assertThat(sub.removeAll(List.of(cs.get(4)))).isTrue();
        assertThat(parentOf(cs.get(4))).isNull();
        assertHolds(p, cs.get(0), fresh, cs.get(5));
        assertThat(sub).containsExactly(fresh);
    }

    @Test
    void subListRejectsAMemberAndNullChangingNothing() {
        P p = parentWithChildren(4);
        C a = contents(p).get(0);
        List<C> sub = view(p).subList(1, 3);
        List<String> state = state();
        assertThrows(IllegalArgumentException.class, () -> sub.add(a));
        assertThrows(NullPointerException.class, () -> sub.add(null));
        assertThrows(NullPointerException.class, () -> sub.set(0, null));
        assertThat(state()).isEqualTo(state);
        assertThat(sub).hasSize(2);
    }

    @Test
    void subListIteratorKeepsTheEndsInSync() {
        P p = parentWithChildren(5);
        List<C> before = contents(p);
        ListIterator<C> it = view(p).subList(1, 4).listIterator();
        it.next();
        it.remove();
        check();
        it.next();
        C fresh = child();
        it.set(fresh);
        check();
        it.add(child());
        check();
        assertThat(parentOf(before.get(1))).isNull();
        assertThat(parentOf(before.get(2))).isNull();
        assertThat(view(p)).hasSize(5);
        assertThat(view(p).get(1)).isSameInstanceAs(fresh);
    }
}
