package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Many-to-many ends left null: reads see an empty collection and never create one; the first link,
 * made on any path from either side, creates the field on both sides that needs it (of the declared
 * type, or its default implementation); a field relate cannot create fails with
 * {@link IllegalStateException} saying what to do, leaving the two ends agreeing.
 */
class NullFieldsTest {

    private static void checkSet(List<LazyLeft> lefts, List<LazyRight> rights) {
        Invariants.assertManyToMany("LazyLeft.set", lefts, rights, left -> left.set, right -> right.setIn);
    }

    @Test
    void readsAndRemovalsOfNullFieldsSeeThemEmptyAndLeaveThemNull() {
        LazyLeft l = new LazyLeft();
        LazyRight r = new LazyRight();
        Set<LazyRight> set = LazyLeftRelations.set(l);
        List<LazyLeft> setIn = LazyRightRelations.setIn(r);
        assertThat(set).isEmpty();
        assertThat(set.contains(r)).isFalse();
        assertThat(set.remove(r)).isFalse();
        assertThat(set.removeIf(right -> true)).isFalse();
        assertThat(set.retainAll(List.of())).isFalse();
        assertThat(set.iterator().hasNext()).isFalse();
        set.clear();
        assertThat(setIn).isEmpty();
        assertThat(setIn.indexOf(l)).isEqualTo(-1);
        assertThat(setIn.remove(l)).isFalse();
        assertThrows(IndexOutOfBoundsException.class, () -> setIn.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> setIn.set(0, l));
        setIn.clear();
        setIn.sort(null);
        assertThat(LazyLeftRelations.removeFromSet(l, r)).isFalse();
        assertThat(LazyRightRelations.removeFromSetIn(r, l)).isFalse();
        LazyLeftRelations.setSet(l, Collections.<LazyRight>emptyList());
        LazyRightRelations.setSetIn(r, Collections.<LazyLeft>emptyList());
        assertThrows(NoSuchElementException.class, () -> LazyLeftRelations.sorted(l).first());
        assertThat(LazyLeftRelations.navigable(l).pollFirst()).isNull();
        assertThat(LazyRightRelations.sortedIn(r)).isEmpty();
        assertThat(LazyRightRelations.navigableIn(r)).isEmpty();
        assertThat(l.set).isNull();
        assertThat(l.sorted).isNull();
        assertThat(l.navigable).isNull();
        assertThat(r.setIn).isNull();
        assertThat(r.sortedIn).isNull();
        assertThat(r.navigableIn).isNull();
    }

    /** Each way of linking a left and a right through {@code LazyLeft.set}/{@code LazyRight.setIn}. */
    private static List<BiConsumer<LazyLeft, LazyRight>> links() {
        List<BiConsumer<LazyLeft, LazyRight>> links = new ArrayList<>();
        links.add((l, r) -> LazyLeftRelations.addToSet(l, r));
        links.add((l, r) -> LazyLeftRelations.set(l).add(r));
        links.add((l, r) -> LazyLeftRelations.set(l).addAll(List.of(r)));
        links.add((l, r) -> LazyLeftRelations.setSet(l, List.of(r)));
        links.add((l, r) -> LazyRightRelations.addToSetIn(r, l));
        links.add((l, r) -> LazyRightRelations.setIn(r).add(l));
        links.add((l, r) -> LazyRightRelations.setIn(r).add(0, l));
        links.add((l, r) -> LazyRightRelations.setIn(r).addAll(List.of(l)));
        links.add((l, r) -> LazyRightRelations.setIn(r).addAll(0, List.of(l)));
        links.add((l, r) -> LazyRightRelations.setIn(r).listIterator().add(l));
        links.add((l, r) -> LazyRightRelations.setIn(r).subList(0, 0).add(l));
        links.add((l, r) -> LazyRightRelations.setSetIn(r, List.of(l)));
        return links;
    }

    @Test
    void everyLinkPathFromEitherSideCreatesBothNullFields() {
        List<BiConsumer<LazyLeft, LazyRight>> links = links();
        for (int i = 0; i < links.size(); i++) {
            LazyLeft l = new LazyLeft();
            LazyRight r = new LazyRight();
            links.get(i).accept(l, r);
            assertThat(l.set).isInstanceOf(LinkedHashSet.class);
            assertThat(l.set).containsExactly(r);
            assertThat(r.setIn).isInstanceOf(ArrayList.class);
            assertThat(r.setIn).containsExactly(l);
            checkSet(List.of(l), List.of(r));
        }
    }

    @Test
    void laterLinksUseTheCreatedCollections() {
        LazyLeft l = new LazyLeft();
        LazyLeft m = new LazyLeft();
        LazyRight a = new LazyRight();
        LazyRight b = new LazyRight();
        LazyLeftRelations.addToSet(l, a);
        Set<LazyRight> created = l.set;
        List<LazyLeft> createdIn = a.setIn;
        LazyRightRelations.setIn(b).add(l);
        LazyLeftRelations.set(m).add(a);
        assertThat(l.set).isSameInstanceAs(created);
        assertThat(a.setIn).isSameInstanceAs(createdIn);
        assertThat(new ArrayList<>(l.set)).containsExactly(a, b).inOrder();
        assertThat(a.setIn).containsExactly(l, m).inOrder();
        assertThat(b.setIn).containsExactly(l);
        checkSet(List.of(l, m), List.of(a, b));
    }

    @Test
    void aNullSortedSetIsCreatedAsATreeSetAndANullCollectionAsAnArrayList() {
        LazyLeft l = new LazyLeft();
        LazyRight a = new LazyRight();
        LazyRight b = new LazyRight();
        assertThat(LazyRightRelations.sortedIn(b).add(l)).isTrue();
        assertThat(l.sorted).isInstanceOf(TreeSet.class);
        assertThat(b.sortedIn).isInstanceOf(ArrayList.class);
        LazyLeftRelations.addToSorted(l, a);
        assertThat(new ArrayList<>(l.sorted)).containsExactly(a, b).inOrder();
        assertThat(a.sortedIn).containsExactly(l);
        Invariants.assertManyToMany("LazyLeft.sorted", List.of(l), List.of(a, b), left -> left.sorted,
                right -> right.sortedIn);
    }

    @Test
    void aRangeOfANullNavigableSetCreatesBothEndsOnAdd() {
        LazyLeft l = new LazyLeft();
        LazyRight a = new LazyRight();
        LazyRight b = new LazyRight();
        assertThat(LazyLeftRelations.navigable(l).headSet(b, false).add(a)).isTrue();
        assertThat(l.navigable).isInstanceOf(TreeSet.class);
        assertThat(l.navigable).containsExactly(a);
        assertThat(a.navigableIn).isInstanceOf(LinkedList.class);
        assertThat(a.navigableIn).containsExactly(l);
        assertThat(b.navigableIn).isNull();
        assertThat(LazyLeftRelations.navigable(l).pollFirst()).isSameInstanceAs(a);
        assertThat(a.navigableIn).isEmpty();
        assertThat(l.navigable).isEmpty();
    }

    @Test
    void aNullSortedSetOfElementsThatAreNotComparableCannotBeCreatedFromEitherSide() {
        LazyLeft unready = new LazyLeft();
        LazyLeft ready = new LazyLeft();
        ready.strict = new TreeSet<>(Comparator.comparingInt((Plain plain) -> plain.id));
        Plain plain = new Plain();
        Plain other = new Plain();
        LazyLeftRelations.addToStrict(ready, other);

        List<Executable> calls = List.of(
                () -> LazyLeftRelations.addToStrict(unready, plain),
                () -> LazyLeftRelations.strict(unready).add(plain),
                () -> LazyLeftRelations.setStrict(unready, List.of(plain)),
                // plain's list can be created and takes the left, then the left's set cannot be
                () -> PlainRelations.addToLefts(plain, unready),
                () -> PlainRelations.lefts(plain).add(0, unready),
                () -> PlainRelations.lefts(other).add(0, unready),
                () -> PlainRelations.setLefts(other, List.of(ready, unready)));
        for (Executable call : calls) {
            IllegalStateException e = assertThrows(IllegalStateException.class, call);
            assertThat(e).hasMessageThat().contains("LazyLeft.strict is null");
            assertThat(e).hasMessageThat().contains("initialize the field");
            assertThat(unready.strict).isNull();
            assertThat(plain.lefts == null || plain.lefts.isEmpty()).isTrue();
            assertThat(other.lefts).containsExactly(ready);
            assertThat(ready.strict).containsExactly(other);
            Invariants.assertManyToMany("LazyLeft.strict", List.of(unready, ready), List.of(plain, other),
                    left -> left.strict, right -> right.lefts);
        }
        // reads and removals are fine
        assertThat(LazyLeftRelations.strict(unready)).isEmpty();
        assertThat(LazyLeftRelations.removeFromStrict(unready, plain)).isFalse();
        LazyLeftRelations.setStrict(unready, List.of());
        assertThat(unready.strict).isNull();
        // and a set that exists takes the element, whose null list relate creates
        PlainRelations.addToLefts(plain, ready);
        assertThat(plain.lefts).containsExactly(ready);
        assertThat(ready.strict).containsExactly(other, plain);
    }
}
