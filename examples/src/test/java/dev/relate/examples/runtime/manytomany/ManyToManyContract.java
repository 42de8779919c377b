package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The many-to-many semantics every collection end has, whatever its declared type and whatever the
 * other end's: run from each end of each pair by the nested classes of {@link ManyToManyKindsTest}.
 * Unlike one-to-many nothing moves: linking an element to an owner leaves its other owners alone.
 * Every test checks the invariant on both ends for every object it made after each step, and once
 * more after it ends.
 *
 * @param <O> the class owning the end under test
 * @param <E> the class on the other side, which holds the other end
 * @param <V> the type of the end's live view
 */
abstract class ManyToManyContract<O extends Entity, E extends Entity, V extends Collection<E>> {
    private final End<O, E, V> end;
    private final End<E, O, ?> inverse;
    private final List<O> owners = new ArrayList<>();
    private final List<E> elements = new ArrayList<>();

    ManyToManyContract(End<O, E, V> end, End<E, O, ?> inverse) {
        this.end = end;
        this.inverse = inverse;
    }

    // --- the two ends, through generated helpers and plain fields ---

    final V view(O owner) {
        return end.view().apply(owner);
    }

    final Collection<E> field(O owner) {
        return end.field().apply(owner);
    }

    final boolean addTo(O owner, E element) {
        return end.add().test(owner, element);
    }

    final boolean removeFrom(O owner, E element) {
        return end.remove().test(owner, element);
    }

    final void setAll(O owner, Collection<? extends E> incoming) {
        end.setAll().accept(owner, incoming);
    }

    final Collection<O> inverseField(E element) {
        return inverse.field().apply(element);
    }

    final Collection<O> inverseView(E element) {
        return inverse.view().apply(element);
    }

    final boolean inverseAddTo(E element, O owner) {
        return inverse.add().test(element, owner);
    }

    final boolean inverseRemoveFrom(E element, O owner) {
        return inverse.remove().test(element, owner);
    }

    final void inverseSetAll(E element, Collection<? extends O> incoming) {
        inverse.setAll().accept(element, incoming);
    }

    final Comparator<? super E> sortedBy() {
        return end.sortedBy();
    }

    // --- fixtures ---

    final O owner() {
        O owner = end.create().get();
        owners.add(owner);
        return owner;
    }

    final E element() {
        E element = inverse.create().get();
        elements.add(element);
        return element;
    }

    /** A new owner linked, through the helpers, to {@code count} new elements. */
    final O ownerWith(int count) {
        O owner = owner();
        for (int i = 0; i < count; i++) {
            addTo(owner, element());
        }
        check();
        return owner;
    }

    /** What the owner's field holds now, in its iteration order. */
    final List<E> contents(O owner) {
        return Invariants.snapshot(field(owner));
    }

    /** The invariant on both ends for every object this test made. */
    final void check() {
        Invariants.assertManyToMany(end.name(), owners, elements, this::field, this::inverseField);
    }

    @AfterEach
    final void checkAtTheEnd() {
        check();
    }

    /** {@code items} as {@code end} shows them: sorted if it sorts, else in the given order. */
    static <T> List<T> ordered(End<?, T, ?> end, List<T> items) {
        List<T> out = new ArrayList<>(items);
        if (end.sortedBy() != null) {
            out.sort(end.sortedBy());
        }
        return out;
    }

    final List<E> expectedOrder(List<E> items) {
        return ordered(end, items);
    }

    /** The owner's field and view hold exactly {@code expected} (in the end's order where it has one). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertHolds(O owner, E... expected) {
        assertHolds(owner, Arrays.asList(expected));
    }

    final void assertHolds(O owner, List<E> expected) {
        assertContents(end, owner, expected);
        for (E element : expected) {
            assertWithMessage("%s holds %s, whose other end holds it", owner, element)
                    .that(Invariants.countSame(Invariants.snapshot(inverseField(element)), owner)).isEqualTo(1);
        }
        check();
    }

    /** The element's field and view on the other end hold exactly {@code expected} (in that end's order). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertInverseHolds(E element, O... expected) {
        assertContents(inverse, element, Arrays.asList(expected));
        for (O owner : expected) {
            assertWithMessage("%s holds %s on the other end, whose end holds it", element, owner)
                    .that(Invariants.countSame(Invariants.snapshot(field(owner)), element)).isEqualTo(1);
        }
        check();
    }

    private static <A, B> void assertContents(End<A, B, ?> end, A holder, List<B> expected) {
        List<B> wanted = ordered(end, expected);
        List<B> actual = Invariants.distinctElements(Invariants.snapshot(end.field().apply(holder)));
        Collection<B> view = end.view().apply(holder);
        List<B> viewed = new ArrayList<>(view);
        if (end.ordered()) {
            assertWithMessage("%s of %s", end.name(), holder).that(actual).containsExactlyElementsIn(wanted).inOrder();
            assertWithMessage("view %s of %s", end.name(), holder).that(viewed).containsExactlyElementsIn(wanted)
                    .inOrder();
        } else {
            assertWithMessage("%s of %s", end.name(), holder).that(actual).containsExactlyElementsIn(wanted);
            assertWithMessage("view %s of %s", end.name(), holder).that(viewed).containsExactlyElementsIn(wanted);
        }
        assertThat(view.size()).isEqualTo(expected.size());
        assertThat(view.isEmpty()).isEqualTo(expected.isEmpty());
        for (B item : expected) {
            assertWithMessage("view %s of %s contains %s", end.name(), holder, item).that(view.contains(item))
                    .isTrue();
        }
    }

    /**
     * Every owner's and every element's contents, in iteration order where the end has an order (so
     * that a step that reorders or relinks what it should not touch shows), else sorted by id.
     */
    final List<String> state() {
        List<String> state = new ArrayList<>();
        for (O owner : owners) {
            state.add(owner + " holds " + describe(end, field(owner)));
        }
        for (E element : elements) {
            state.add(element + " holds " + describe(inverse, inverseField(element)));
        }
        return state;
    }

    private static <T extends Entity> String describe(End<?, T, ?> end, Collection<T> held) {
        List<T> items = new ArrayList<>(Invariants.snapshot(held));
        if (!end.ordered()) {
            items.sort(Comparator.comparingInt(item -> item.id));
        }
        return items.toString();
    }

    // --- linking and unlinking ---

    @Test
    void addingLinksBothEnds() {
        O p = owner();
        E a = element();
        E b = element();
        assertThat(addTo(p, a)).isTrue();
        assertHolds(p, a);
        assertInverseHolds(a, p);
        assertThat(view(p).add(b)).isTrue();
        assertHolds(p, a, b);
        assertInverseHolds(b, p);
    }

    @Test
    void anOwnerHoldsManyElementsAndAnElementHasManyOwners() {
        O p = owner();
        O q = owner();
        E a = element();
        E b = element();
        addTo(p, a);
        addTo(p, b);
        addTo(q, b);
        assertThat(view(q).add(a)).isTrue();
        assertHolds(p, a, b);
        assertHolds(q, b, a);
        assertInverseHolds(a, p, q);
        assertInverseHolds(b, p, q);
        assertThat(removeFrom(p, a)).isTrue();
        assertHolds(p, b);
        assertHolds(q, b, a);
        assertInverseHolds(a, q);
        assertInverseHolds(b, p, q);
    }

    @Test
    void linkingAnElementToAnotherOwnerLeavesItsOwnersAlone() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        O q = owner();
        assertThat(addTo(q, a)).isTrue();
        assertHolds(p, a, b);
        assertHolds(q, a);
        assertInverseHolds(a, p, q);
        O r = owner();
        assertThat(inverseAddTo(a, r)).isTrue();
        assertInverseHolds(a, p, q, r);
        assertHolds(r, a);
    }

    @Test
    void linkingFromTheOtherEndShowsOnThisEndOnce() {
        O p = owner();
        E a = element();
        E b = element();
        assertThat(inverseAddTo(a, p)).isTrue();
        assertHolds(p, a);
        assertInverseHolds(a, p);
        assertThat(inverseView(b).add(p)).isTrue();
        assertHolds(p, a, b);
        List<String> state = state();
        assertThat(addTo(p, a)).isFalse();
        assertThat(view(p).add(b)).isFalse();
        assertThat(inverseAddTo(a, p)).isFalse();
        assertThat(inverseView(b).add(p)).isFalse();
        assertThat(inverseView(a).addAll(List.of(p))).isFalse();
        assertThat(state()).isEqualTo(state);
        assertThat(Invariants.countSame(field(p), a)).isEqualTo(1);
        assertThat(Invariants.countSame(inverseField(a), p)).isEqualTo(1);
    }

    @Test
    void addingAMemberAgainChangesNothing() {
        O p = ownerWith(3);
        O q = owner();
        List<E> before = contents(p);
        for (E member : before) {
            addTo(q, member);
        }
        Collection<E> field = field(p);
        List<String> state = state();
        for (E member : before) {
            assertThat(addTo(p, member)).isFalse();
            assertThat(view(p).add(member)).isFalse();
            assertThat(inverseAddTo(member, p)).isFalse();
            assertThat(inverseView(member).add(p)).isFalse();
            assertThat(state()).isEqualTo(state);
        }
        assertThat(view(p).addAll(before)).isFalse();
        assertThat(view(p).addAll(view(q))).isFalse();
        assertThat(state()).isEqualTo(state);
        assertThat(field(p)).isSameInstanceAs(field);
        for (E member : before) {
            assertThat(Invariants.countSame(field(p), member)).isEqualTo(1);
            assertThat(Invariants.countSame(inverseField(member), p)).isEqualTo(1);
        }
    }

    @Test
    void removingThroughTheHelperUnlinksBothEnds() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        O q = owner();
        addTo(q, a);
        E stranger = element();
        assertThat(removeFrom(p, a)).isTrue();
        assertHolds(p, b);
        assertInverseHolds(a, q);
        List<String> state = state();
        assertThat(removeFrom(p, a)).isFalse();
        assertThat(removeFrom(p, stranger)).isFalse();
        assertThat(removeFrom(p, null)).isFalse();
        assertThat(state()).isEqualTo(state);
        assertHolds(q, a);
    }

    @Test
    void removingThroughTheViewUnlinksBothEnds() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        O q = owner();
        addTo(q, b);
        assertThat(view(p).remove(b)).isTrue();
        assertHolds(p, a, c);
        assertInverseHolds(b, q);
        List<String> state = state();
        assertThat(view(p).remove(b)).isFalse();
        assertThat(view(p).remove(null)).isFalse();
        assertThat(view(p).remove("not an element")).isFalse();
        assertThat(view(p).remove(q)).isFalse();
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removingFromTheOtherEndUnlinksThisEnd() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        O q = owner();
        addTo(q, a);
        assertThat(inverseRemoveFrom(a, p)).isTrue();
        assertHolds(p, b, c);
        assertInverseHolds(a, q);
        assertThat(inverseView(c).remove(p)).isTrue();
        assertHolds(p, b);
        List<String> state = state();
        assertThat(inverseRemoveFrom(a, p)).isFalse();
        assertThat(inverseView(c).remove(p)).isFalse();
        assertThat(state()).isEqualTo(state);
    }

    // --- replacing the whole collection ---

    @Test
    void replacingUnlinksWhatLeftLinksWhatCameAndLeavesWhatStayedUntouched() {
        O p = ownerWith(3);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        E c = contents(p).get(2);
        O q = owner();
        E d = element();
        E e = element();
        addTo(q, b);
        addTo(q, d);
        Collection<E> field = field(p);
        setAll(p, Arrays.asList(d, b, e, b, d));
        assertHolds(p, d, b, e);
        assertInverseHolds(a);
        assertInverseHolds(c);
        // b stayed: its other end still lists p first, where it was
        assertInverseHolds(b, p, q);
        assertInverseHolds(d, q, p);
        assertInverseHolds(e, p);
        assertHolds(q, b, d);
        assertWithMessage("the field keeps its collection").that(field(p)).isSameInstanceAs(field);
        if (end.keepsInsertionOrder()) {
            assertThat(contents(p)).containsExactly(d, b, e).inOrder();
        }
    }

    @Test
    void replacingWithTheSameElementsChangesNothing() {
        O p = ownerWith(3);
        O q = owner();
        for (E element : contents(p)) {
            addTo(q, element);
        }
        inverseAddTo(contents(p).get(1), owner());
        List<String> state = state();
        setAll(p, contents(p));
        assertThat(state()).isEqualTo(state);
        setAll(p, view(p));
        assertThat(state()).isEqualTo(state);
        setAll(p, field(p));
        assertThat(state()).isEqualTo(state);
        setAll(p, view(q));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void replacingWithNothingUnlinksEverythingAndLeavesOtherOwnersAlone() {
        O p = ownerWith(3);
        List<E> before = contents(p);
        O q = owner();
        addTo(q, before.get(1));
        setAll(p, Collections.<E>emptyList());
        assertHolds(p);
        assertInverseHolds(before.get(0));
        assertInverseHolds(before.get(1), q);
        assertInverseHolds(before.get(2));
        assertHolds(q, before.get(1));
    }

    @Test
    void replacingWithAnotherOwnersElementsSharesThem() {
        O p = ownerWith(1);
        O q = ownerWith(2);
        E p0 = contents(p).get(0);
        List<E> theirs = contents(q);
        setAll(p, view(q));
        assertHolds(p, theirs);
        assertHolds(q, theirs);
        assertInverseHolds(p0);
        assertInverseHolds(theirs.get(0), q, p);
        assertInverseHolds(theirs.get(1), q, p);
    }

    @Test
    void replacingWithANullElementThrowsAndChangesNothing() {
        O p = ownerWith(2);
        E x = element();
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> setAll(p, Arrays.asList(x, null)));
        assertThat(state()).isEqualTo(state);
        assertThrows(NullPointerException.class, () -> setAll(p, null));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void replacingFromTheOtherEndLinksAndUnlinksThisEnd() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        O q = owner();
        O r = owner();
        addTo(r, a);
        List<E> qBefore = contents(q);
        inverseSetAll(a, Arrays.asList(q, p, q));
        assertInverseHolds(a, q, p);
        // p kept a where it was; q got it; r lost it
        assertHolds(p, a, b);
        List<E> qExpected = new ArrayList<>(qBefore);
        qExpected.add(a);
        assertHolds(q, qExpected);
        assertHolds(r);
    }

    // --- null ---

    @Test
    void nullsAreRejectedAndChangeNothing() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> addTo(p, null));
        assertThrows(NullPointerException.class, () -> view(p).add(null));
        assertThrows(NullPointerException.class, () -> addTo(null, a));
        assertThrows(NullPointerException.class, () -> removeFrom(null, a));
        assertThrows(NullPointerException.class, () -> setAll(null, Collections.singletonList(a)));
        assertThrows(NullPointerException.class, () -> view(null));
        assertThrows(NullPointerException.class, () -> inverseAddTo(a, null));
        assertThrows(NullPointerException.class, () -> inverseView(a).add(null));
        assertThrows(NullPointerException.class, () -> inverseSetAll(a, Arrays.asList(p, null)));
        assertThat(state()).isEqualTo(state);
        assertThat(view(p).contains(null)).isFalse();
        assertThat(inverseView(a).contains(null)).isFalse();
    }

    // --- Collection operations of the view ---

    @Test
    void theViewReadsTheCurrentField() {
        O p = owner();
        V view = view(p);
        assertThat(view).isEmpty();
        assertThat(view.size()).isEqualTo(0);
        assertThat(view.iterator().hasNext()).isFalse();
        E a = element();
        E b = element();
        inverseAddTo(a, p);
        addTo(p, b);
        assertThat(view.size()).isEqualTo(2);
        assertThat(view.contains(a)).isTrue();
        assertThat(view.contains(b)).isTrue();
        E stranger = element();
        O other = owner();
        addTo(other, stranger);
        assertThat(view.contains(stranger)).isFalse();
        assertThat(view.contains("not an element")).isFalse();
        assertThat(view.contains(other)).isFalse();
        assertThat(Arrays.asList(view.toArray())).containsExactlyElementsIn(contents(p)).inOrder();
        Object[] typed = view.toArray(new Entity[0]);
        assertThat(Arrays.asList(typed)).containsExactlyElementsIn(contents(p)).inOrder();
        assertThat(view.containsAll(Arrays.asList(a, b))).isTrue();
        assertThat(view.containsAll(Arrays.asList(a, stranger))).isFalse();
        assertThat(view.toString()).contains(a.toString());
        Iterator<E> it = view.iterator();
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void addAllLinksEachOnceAndLeavesOtherOwnersAlone() {
        O p = ownerWith(1);
        E a = contents(p).get(0);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        E fresh = element();
        assertThat(view(p).addAll(Arrays.asList(a, x, fresh, x))).isTrue();
        assertHolds(p, a, x, fresh);
        assertHolds(q, x);
        assertInverseHolds(x, q, p);
        assertInverseHolds(fresh, p);
        assertThat(view(p).addAll(Arrays.asList(a, x, fresh))).isFalse();
    }

    @Test
    void addAllOfAnotherOwnersViewOrFieldSharesItsElements() {
        O p = ownerWith(1);
        E a = contents(p).get(0);
        O q = ownerWith(3);
        List<E> theirs = contents(q);
        assertThat(view(p).addAll(view(q))).isTrue();
        List<E> expected = new ArrayList<>();
        expected.add(a);
        expected.addAll(theirs);
        assertHolds(p, expected);
        assertHolds(q, theirs);
        O r = owner();
        assertThat(view(r).addAll(field(q))).isTrue();
        assertHolds(r, theirs);
        assertHolds(q, theirs);
        for (E element : theirs) {
            assertInverseHolds(element, q, p, r);
        }
    }

    @Test
    void addAllOfItsOwnFieldOrViewChangesNothing() {
        O p = ownerWith(3);
        List<String> state = state();
        assertThat(view(p).addAll(view(p))).isFalse();
        assertThat(view(p).addAll(field(p))).isFalse();
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void addAllWithANullThrowsAndChangesNothing() {
        O p = ownerWith(1);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        E fresh = element();
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> view(p).addAll(Arrays.asList(x, fresh, null)));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removeAllUnlinksOnlyMembers() {
        O p = ownerWith(4);
        List<E> before = contents(p);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        addTo(q, before.get(0));
        assertThat(view(p).removeAll(Arrays.asList(before.get(0), before.get(2), x, "not an element"))).isTrue();
        assertHolds(p, before.get(1), before.get(3));
        assertInverseHolds(before.get(0), q);
        assertInverseHolds(before.get(2));
        assertHolds(q, x, before.get(0));
        assertThat(view(p).removeAll(Arrays.asList(x, before.get(0)))).isFalse();
        assertHolds(p, before.get(1), before.get(3));
    }

    @Test
    void retainAllUnlinksTheRest() {
        O p = ownerWith(4);
        List<E> before = contents(p);
        O q = ownerWith(1);
        E x = contents(q).get(0);
        addTo(q, before.get(3));
        assertThat(view(p).retainAll(Arrays.asList(before.get(1), x))).isTrue();
        assertHolds(p, before.get(1));
        assertInverseHolds(before.get(0));
        assertInverseHolds(before.get(2));
        assertInverseHolds(before.get(3), q);
        assertHolds(q, x, before.get(3));
        assertThat(view(p).retainAll(Arrays.asList(before.get(1)))).isFalse();
        assertThat(view(p).retainAll(view(p))).isFalse();
        assertHolds(p, before.get(1));
    }

    @Test
    void removeIfUnlinksWhatItRemoves() {
        O p = ownerWith(5);
        List<E> before = contents(p);
        E keep = before.get(2);
        O q = owner();
        addTo(q, before.get(0));
        assertThat(view(p).removeIf(element -> element != keep)).isTrue();
        assertHolds(p, keep);
        assertInverseHolds(before.get(0), q);
        assertInverseHolds(before.get(1));
        assertInverseHolds(keep, p);
        assertThat(view(p).removeIf(element -> false)).isFalse();
        assertHolds(p, keep);
    }

    @Test
    void removeIfWithAFailingFilterChangesNothing() {
        O p = ownerWith(5);
        E second = contents(p).get(1);
        List<String> state = state();
        RuntimeException failure = new IllegalStateException("filter fails");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> view(p).removeIf(element -> {
            if (element == second) {
                throw failure;
            }
            return true;
        }));
        assertThat(thrown).isSameInstanceAs(failure);
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removeAllWithAFailingArgumentLeavesTheEndsInSync() {
        O p = ownerWith(4);
        List<E> before = contents(p);
        E third = before.get(2);
        Collection<Object> failing = new ArrayList<Object>(before) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean contains(Object o) {
                if (o == third) {
                    throw new UnsupportedOperationException("cannot tell");
                }
                return super.contains(o);
            }
        };
        assertThrows(UnsupportedOperationException.class, () -> view(p).removeAll(failing));
        check();
    }

    @Test
    void clearUnlinksEverythingAndLeavesOtherOwnersAlone() {
        O p = ownerWith(3);
        List<E> before = contents(p);
        O q = owner();
        addTo(q, before.get(2));
        Collection<E> field = field(p);
        view(p).clear();
        assertHolds(p);
        assertInverseHolds(before.get(0));
        assertInverseHolds(before.get(1));
        assertInverseHolds(before.get(2), q);
        assertHolds(q, before.get(2));
        assertThat(field(p)).isSameInstanceAs(field);
        view(p).clear();
        assertHolds(p);
    }

    @Test
    void clearingTheOtherEndUnlinksItFromEveryOwner() {
        O p = ownerWith(2);
        E a = contents(p).get(0);
        E b = contents(p).get(1);
        O q = owner();
        O r = owner();
        addTo(q, a);
        addTo(r, a);
        addTo(r, b);
        inverseView(a).clear();
        assertInverseHolds(a);
        assertHolds(p, b);
        assertHolds(q);
        assertHolds(r, b);
    }

    @Test
    void iteratorRemoveUnlinks() {
        O p = ownerWith(5);
        List<E> before = contents(p);
        O q = owner();
        for (E element : before) {
            addTo(q, element);
        }
        List<E> kept = new ArrayList<>();
        Iterator<E> it = view(p).iterator();
        assertThrows(IllegalStateException.class, it::remove);
        int i = 0;
        while (it.hasNext()) {
            E element = it.next();
            if (i++ % 2 == 0) {
                it.remove();
                assertThat(Invariants.countSame(inverseField(element), p)).isEqualTo(0);
                assertThat(Invariants.countSame(inverseField(element), q)).isEqualTo(1);
                assertThrows(IllegalStateException.class, it::remove);
                check();
            } else {
                kept.add(element);
            }
        }
        assertHolds(p, kept);
        assertThat(kept).hasSize(2);
        assertHolds(q, before);
    }

    @Test
    void iteratorFailsFastAfterAChangeMadeElsewhere() {
        O p = ownerWith(3);
        Iterator<E> it = view(p).iterator();
        it.next();
        E newcomer = element();
        inverseAddTo(newcomer, p);
        List<String> state = state();
        assertThrows(ConcurrentModificationException.class, it::remove);
        assertThat(state()).isEqualTo(state);
        assertThrows(ConcurrentModificationException.class, it::next);
    }

    @Test
    void linkAndUnlinkBackAndForthFromBothEnds() {
        List<O> os = new ArrayList<>();
        List<E> es = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            os.add(owner());
        }
        for (int i = 0; i < 5; i++) {
            es.add(element());
        }
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < os.size(); i++) {
                for (int j = 0; j < es.size(); j++) {
                    O o = os.get(i);
                    E e = es.get(j);
                    boolean linked = Invariants.countSame(Invariants.snapshot(field(o)), e) == 1;
                    int how = (i + 2 * j + round) % 6;
                    boolean changed = switch (how) {
                        case 0 -> addTo(o, e);
                        case 1 -> view(o).add(e);
                        case 2 -> inverseAddTo(e, o);
                        case 3 -> removeFrom(o, e);
                        case 4 -> view(o).remove(e);
                        default -> inverseView(e).remove(o);
                    };
                    assertThat(changed).isEqualTo(how < 3 ? !linked : linked);
                    assertThat(Invariants.countSame(Invariants.snapshot(field(o)), e)).isEqualTo(how < 3 ? 1 : 0);
                    check();
                }
            }
        }
    }
}
