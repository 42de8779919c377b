package dev.relate.examples.runtime.kinds;

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
 * The one-to-many semantics every collection end has, whatever its declared type: run once per
 * kind of collection by the nested classes of {@link CollectionKindsTest}. Every test checks the
 * invariant on both ends for every object it made after each step, and once more after it ends.
 *
 * @param <P> the "one" class
 * @param <C> the "many" class
 */
abstract class OneToManyContract<P extends Entity, C extends Entity> {
    private final List<P> parents = new ArrayList<>();
    private final List<C> children = new ArrayList<>();

    // --- what a kind supplies: each a call of a generated helper or a read of a plain field ---

    abstract P newParent();

    abstract C newChild();

    /** The generated live view. */
    abstract Collection<C> view(P parent);

    /** The plain field. */
    abstract Collection<C> field(P parent);

    /** The plain scalar field of the child. */
    abstract P parentOf(C child);

    abstract void setParent(C child, P parent);

    abstract boolean addTo(P parent, C child);

    abstract boolean removeFrom(P parent, C child);

    abstract void setAll(P parent, Collection<? extends C> children);

    /** The order the end keeps {@code elements} in: insertion order, sorted, or {@code null} when unordered. */
    abstract Comparator<? super C> sortedBy();

    /** Whether the end keeps insertion order (lists, linked sets). */
    abstract boolean keepsInsertionOrder();

    // --- fixtures ---

    final P parent() {
        P parent = newParent();
        parents.add(parent);
        return parent;
    }

    final C child() {
        C child = newChild();
        children.add(child);
        return child;
    }

    /** A new parent holding new children, linked through the helpers. */
    final P parentWithChildren(int count) {
        P parent = parent();
        for (int i = 0; i < count; i++) {
            setParent(child(), parent);
        }
        check();
        return parent;
    }

    final List<C> contents(P parent) {
        return Invariants.snapshot(field(parent));
    }

    /** The invariant on both ends for every object this test made. */
    final void check() {
        Invariants.assertOneToMany(getClass().getSimpleName(), parents, children, this::field, this::parentOf);
    }

    @AfterEach
    final void checkAtTheEnd() {
        check();
    }

    /** What {@code elements} look like in this end: reordered as the end orders them. */
    final List<C> expectedOrder(List<C> elements) {
        List<C> expected = new ArrayList<>(elements);
        Comparator<? super C> comparator = sortedBy();
        if (comparator != null) {
            expected.sort(comparator);
        }
        return expected;
    }

    /** The parent's field and its view hold exactly {@code expected}, in the end's order where it has one. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertHolds(P parent, C... expected) {
        assertHolds(parent, Arrays.asList(expected));
    }

    /** The parent's field and its view hold exactly {@code expected}, in the end's order where it has one. */
    final void assertHolds(P parent, List<C> expected) {
        List<C> wanted = expectedOrder(expected);
        List<C> actual = Invariants.distinctElements(Invariants.snapshot(field(parent)));
        List<C> viewed = new ArrayList<>(view(parent));
        if (keepsInsertionOrder() || sortedBy() != null) {
            assertWithMessage("field of %s", parent).that(actual).containsExactlyElementsIn(wanted).inOrder();
            assertWithMessage("view of %s", parent).that(viewed).containsExactlyElementsIn(wanted).inOrder();
        } else {
            assertWithMessage("field of %s", parent).that(actual).containsExactlyElementsIn(wanted);
            assertWithMessage("view of %s", parent).that(viewed).containsExactlyElementsIn(wanted);
        }
        for (C child : expected) {
            assertWithMessage("parent of %s", child).that(parentOf(child)).isSameInstanceAs(parent);
        }
        assertThat(view(parent).size()).isEqualTo(expected.size());
        assertThat(view(parent).isEmpty()).isEqualTo(expected.isEmpty());
        check();
    }

    /** Every parent's contents (sorted by id where the end has no order) and every child's parent. */
    final List<String> state() {
        List<String> state = new ArrayList<>();
        for (P parent : parents) {
            List<C> held = new ArrayList<>(Invariants.snapshot(field(parent)));
            if (!keepsInsertionOrder() && sortedBy() == null) {
                held.sort(Comparator.comparingInt(child -> child.id));
            }
            state.add(parent + " holds " + held);
        }
        for (C child : children) {
            state.add(child + " -> " + parentOf(child));
        }
        return state;
    }

    // --- moving children ---

    @Test
    void settingTheParentPutsTheChildIntoTheCollection() {
        P p = parent();
        C a = child();
        C b = child();
        setParent(a, p);
        assertHolds(p, a);
        setParent(b, p);
        assertHolds(p, a, b);
    }

    @Test
    void settingAnotherParentMovesTheChild() {
        P p = parent();
        P q = parent();
        C a = child();
        C b = child();
        setParent(a, p);
        setParent(b, p);
        setParent(a, q);
        assertHolds(p, b);
        assertHolds(q, a);
        setParent(a, p);
        assertHolds(p, b, a);
        assertHolds(q);
    }

    @Test
    void addingToAnotherParentsViewMovesTheChild() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        P q = parent();
        assertThat(view(q).add(a)).isTrue();
        assertHolds(p, b);
        assertHolds(q, a);
    }

    @Test
    void addingThroughTheHelperMovesTheChild() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        P q = parent();
        assertThat(addTo(q, b)).isTrue();
        assertHolds(p, a);
        assertHolds(q, b);
        assertThat(addTo(p, b)).isTrue();
        assertHolds(p, a, b);
        assertHolds(q);
    }

    @Test
    void addingAMemberAgainChangesNothing() {
        P p = parentWithChildren(3);
        List<C> before = contents(p);
        Collection<C> field = field(p);
        List<String> state = state();
        for (C member : before) {
            assertThat(addTo(p, member)).isFalse();
            assertThat(view(p).add(member)).isFalse();
            setParent(member, p);
            assertThat(state()).isEqualTo(state);
        }
        assertThat(view(p).addAll(before)).isFalse();
        assertThat(contents(p)).containsExactlyElementsIn(before).inOrder();
        assertThat(field(p)).isSameInstanceAs(field);
        for (C member : before) {
            assertThat(Invariants.countSame(field(p), member)).isEqualTo(1);
        }
    }

    @Test
    void settingTheParentItAlreadyHasKeepsItsPlace() {
        P p = parent();
        C a = child();
        C b = child();
        C c = child();
        setParent(a, p);
        setParent(b, p);
        setParent(c, p);
        List<C> before = contents(p);
        setParent(a, p);
        setParent(b, p);
        assertThat(contents(p)).containsExactlyElementsIn(before).inOrder();
    }

    @Test
    void settingTheParentToNullDetaches() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        setParent(a, null);
        assertThat(parentOf(a)).isNull();
        assertHolds(p, b);
        List<String> state = state();
        setParent(a, null);
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removingThroughTheHelperDetaches() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        assertThat(removeFrom(p, a)).isTrue();
        assertThat(parentOf(a)).isNull();
        assertHolds(p, b);
        assertThat(removeFrom(p, a)).isFalse();
        List<String> state = state();
        assertThat(removeFrom(p, x)).isFalse();
        assertThat(removeFrom(p, null)).isFalse();
        assertThat(state()).isEqualTo(state);
        assertHolds(q, x);
    }

    @Test
    void removingThroughTheViewDetaches() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        assertThat(view(p).remove(b)).isTrue();
        assertThat(parentOf(b)).isNull();
        assertHolds(p, a, c);
        List<String> state = state();
        assertThat(view(p).remove(b)).isFalse();
        assertThat(view(p).remove(x)).isFalse();
        assertThat(view(p).remove(null)).isFalse();
        assertThat(view(p).remove("not a child")).isFalse();
        assertThat(state()).isEqualTo(state);
    }

    // --- replacing the whole collection ---

    @Test
    void replacingDetachesWhatLeftAttachesWhatCameAndKeepsWhatStayed() {
        P p = parentWithChildren(3);
        C a = contents(p).get(0);
        C b = contents(p).get(1);
        C c = contents(p).get(2);
        P q = parentWithChildren(2);
        C d = contents(q).get(0);
        C dq = contents(q).get(1);
        C e = child();
        Collection<C> field = field(p);
        setAll(p, Arrays.asList(d, b, e, b, d));
        assertThat(parentOf(a)).isNull();
        assertThat(parentOf(c)).isNull();
        assertHolds(p, d, b, e);
        assertHolds(q, dq);
        assertWithMessage("the field keeps its collection").that(field(p)).isSameInstanceAs(field);
        if (keepsInsertionOrder()) {
            assertThat(contents(p)).containsExactly(d, b, e).inOrder();
        }
    }

    @Test
    void replacingWithTheSameElementsChangesNothing() {
        P p = parentWithChildren(3);
        List<String> state = state();
        setAll(p, contents(p));
        assertThat(state()).isEqualTo(state);
        setAll(p, view(p));
        assertThat(state()).isEqualTo(state);
        setAll(p, field(p));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void replacingWithNothingDetachesEverything() {
        P p = parentWithChildren(3);
        List<C> before = contents(p);
        setAll(p, Collections.<C>emptyList());
        assertHolds(p);
        for (C child : before) {
            assertThat(parentOf(child)).isNull();
        }
    }

    @Test
    void replacingTakesChildrenFromSeveralParents() {
        P p = parentWithChildren(1);
        P q = parentWithChildren(2);
        P r = parentWithChildren(2);
        C q0 = contents(q).get(0);
        C q1 = contents(q).get(1);
        C r1 = contents(r).get(1);
        C r0 = contents(r).get(0);
        C p0 = contents(p).get(0);
        setAll(p, Arrays.asList(r1, q0));
        assertHolds(p, r1, q0);
        assertHolds(q, q1);
        assertHolds(r, r0);
        assertThat(parentOf(p0)).isNull();
        setAll(q, view(p));
        assertHolds(p);
        assertHolds(q, r1, q0);
    }

    @Test
    void replacingWithANullElementThrowsAndChangesNothing() {
        P p = parentWithChildren(2);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> setAll(p, Arrays.asList(x, null)));
        assertThat(state()).isEqualTo(state);
        assertThrows(NullPointerException.class, () -> setAll(p, null));
        assertThat(state()).isEqualTo(state);
    }

    // --- null ---

    @Test
    void nullsAreRejectedAndChangeNothing() {
        P p = parentWithChildren(2);
        C a = contents(p).get(0);
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> addTo(p, null));
        assertThrows(NullPointerException.class, () -> view(p).add(null));
        assertThrows(NullPointerException.class, () -> addTo(null, a));
        assertThrows(NullPointerException.class, () -> removeFrom(null, a));
        assertThrows(NullPointerException.class, () -> setAll(null, Collections.singletonList(a)));
        assertThrows(NullPointerException.class, () -> view(null));
        assertThrows(NullPointerException.class, () -> setParent(null, p));
        assertThat(state()).isEqualTo(state);
        assertThat(view(p).contains(null)).isFalse();
    }

    // --- Collection operations of the view ---

    @Test
    void theViewReadsTheCurrentField() {
        P p = parent();
        Collection<C> view = view(p);
        assertThat(view).isEmpty();
        assertThat(view.size()).isEqualTo(0);
        assertThat(view.iterator().hasNext()).isFalse();
        C a = child();
        C b = child();
        setParent(a, p);
        addTo(p, b);
        assertThat(view.size()).isEqualTo(2);
        assertThat(view.contains(a)).isTrue();
        assertThat(view.contains(b)).isTrue();
        C stranger = child();
        assertThat(view.contains(stranger)).isFalse();
        assertThat(view.contains("not a child")).isFalse();
        assertThat(Arrays.asList(view.toArray())).containsExactlyElementsIn(contents(p)).inOrder();
        Object[] typed = view.toArray(new Entity[0]);
        assertThat(Arrays.asList(typed)).containsExactlyElementsIn(contents(p)).inOrder();
        assertThat(view.containsAll(Arrays.asList(a, b))).isTrue();
        assertThat(view.containsAll(Arrays.asList(a, stranger))).isFalse();
        Iterator<C> it = view.iterator();
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThrows(NoSuchElementException.class, it::next);
        removeFrom(p, a);
        assertThat(view.contains(a)).isFalse();
        assertThat(view.size()).isEqualTo(1);
    }

    @Test
    void addAllMovesNewChildrenAndSkipsMembers() {
        P p = parentWithChildren(1);
        C a = contents(p).get(0);
        P q = parentWithChildren(2);
        C b = contents(q).get(0);
        C c = contents(q).get(1);
        C d = child();
        assertThat(view(p).addAll(Arrays.asList(a, b, d, b))).isTrue();
        assertHolds(p, a, b, d);
        assertHolds(q, c);
        assertThat(view(p).addAll(Arrays.asList(a, d))).isFalse();
        assertHolds(p, a, b, d);
    }

    @Test
    void addAllOfAnotherParentsViewMovesEveryChild() {
        P p = parentWithChildren(1);
        C a = contents(p).get(0);
        P q = parentWithChildren(4);
        List<C> moved = contents(q);
        assertThat(view(p).addAll(view(q))).isTrue();
        List<C> expected = new ArrayList<>();
        expected.add(a);
        expected.addAll(moved);
        assertHolds(p, expected);
        assertHolds(q);
    }

    @Test
    void addAllOfAnotherParentsFieldMovesEveryChild() {
        P p = parent();
        P q = parentWithChildren(4);
        List<C> moved = contents(q);
        assertThat(view(p).addAll(field(q))).isTrue();
        assertHolds(p, moved);
        assertHolds(q);
    }

    @Test
    void addAllWithANullThrowsAndChangesNothing() {
        P p = parentWithChildren(1);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        C fresh = child();
        List<String> state = state();
        assertThrows(NullPointerException.class, () -> view(p).addAll(Arrays.asList(x, fresh, null)));
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void removeAllDetachesOnlyMembers() {
        P p = parentWithChildren(4);
        List<C> before = contents(p);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        assertThat(view(p).removeAll(Arrays.asList(before.get(0), before.get(2), x, "not a child"))).isTrue();
        assertHolds(p, before.get(1), before.get(3));
        assertThat(parentOf(before.get(0))).isNull();
        assertThat(parentOf(before.get(2))).isNull();
        assertHolds(q, x);
        assertThat(view(p).removeAll(Arrays.asList(x, before.get(0)))).isFalse();
        assertHolds(p, before.get(1), before.get(3));
    }

    @Test
    void retainAllDetachesTheRest() {
        P p = parentWithChildren(4);
        List<C> before = contents(p);
        P q = parentWithChildren(1);
        C x = contents(q).get(0);
        assertThat(view(p).retainAll(Arrays.asList(before.get(1), x))).isTrue();
        assertHolds(p, before.get(1));
        assertThat(parentOf(before.get(0))).isNull();
        assertThat(parentOf(before.get(2))).isNull();
        assertThat(parentOf(before.get(3))).isNull();
        assertHolds(q, x);
        assertThat(view(p).retainAll(Arrays.asList(before.get(1)))).isFalse();
        assertThat(view(p).retainAll(view(p))).isFalse();
        assertHolds(p, before.get(1));
    }

    @Test
    void removeIfDetachesWhatItRemoves() {
        P p = parentWithChildren(5);
        List<C> before = contents(p);
        C keep = before.get(2);
        assertThat(view(p).removeIf(child -> child != keep)).isTrue();
        assertHolds(p, keep);
        for (C child : before) {
            if (child != keep) {
                assertThat(parentOf(child)).isNull();
            }
        }
        assertThat(view(p).removeIf(child -> false)).isFalse();
        assertHolds(p, keep);
    }

    @Test
    void removeIfWithAFailingFilterLeavesTheEndsInSync() {
        P p = parentWithChildren(5);
        List<C> before = contents(p);
        C second = before.get(1);
        RuntimeException failure = new IllegalStateException("filter fails");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> view(p).removeIf(child -> {
            if (child == second) {
                throw failure;
            }
            return true;
        }));
        assertThat(thrown).isSameInstanceAs(failure);
        check();
    }

    @Test
    void removeAllWithAFailingArgumentLeavesTheEndsInSync() {
        P p = parentWithChildren(4);
        List<C> before = contents(p);
        C third = before.get(2);
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
    void clearDetachesEverything() {
        P p = parentWithChildren(3);
        List<C> before = contents(p);
        Collection<C> field = field(p);
        view(p).clear();
        assertHolds(p);
        for (C child : before) {
            assertThat(parentOf(child)).isNull();
        }
        assertThat(field(p)).isSameInstanceAs(field);
        view(p).clear();
        assertHolds(p);
    }

    @Test
    void iteratorRemoveDetaches() {
        P p = parentWithChildren(5);
        List<C> before = contents(p);
        List<C> kept = new ArrayList<>();
        Iterator<C> it = view(p).iterator();
        assertThrows(IllegalStateException.class, it::remove);
        int i = 0;
        while (it.hasNext()) {
            C child = it.next();
            if (i++ % 2 == 0) {
                it.remove();
                assertThat(parentOf(child)).isNull();
                assertThrows(IllegalStateException.class, it::remove);
                check();
            } else {
                kept.add(child);
            }
        }
        assertHolds(p, kept);
        assertThat(kept).hasSize(2);
        assertThat(before).containsAtLeastElementsIn(kept);
    }

    @Test
    void iteratorFailsFastAfterAChangeMadeElsewhere() {
        P p = parentWithChildren(3);
        Iterator<C> it = view(p).iterator();
        it.next();
        C newcomer = child();
        setParent(newcomer, p);
        List<String> state = state();
        assertThrows(ConcurrentModificationException.class, it::remove);
        assertThat(state()).isEqualTo(state);
        assertThrows(ConcurrentModificationException.class, it::next);
    }

    @Test
    void moveChildrenBackAndForth() {
        P p = parent();
        P q = parent();
        List<C> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(child());
        }
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < all.size(); i++) {
                C child = all.get(i);
                P target = (i + round) % 2 == 0 ? p : q;
                switch ((i + round) % 3) {
                    case 0 -> setParent(child, target);
                    case 1 -> addTo(target, child);
                    default -> view(target).add(child);
                }
                check();
                assertThat(parentOf(child)).isSameInstanceAs(target);
            }
        }
        assertThat(view(p).size() + view(q).size()).isEqualTo(all.size());
    }
}
