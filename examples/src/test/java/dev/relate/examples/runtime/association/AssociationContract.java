package dev.relate.examples.runtime.association;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every association class gives, whatever its collections and however its ends are declared:
 * run once per association class by the nested classes of {@link AssociationKindsTest}. Every helper
 * call goes through a method here that checks, right after it, that all four ends of every object
 * the test made agree ({@link Invariants#assertAssociations}) and that both navigation views of every
 * object read exactly the far ends of its collection of associations, in its order; a test calls
 * {@link #check()} itself after each operation on a view.
 *
 * @param <L> the left class
 * @param <A> the association class
 * @param <R> the right class
 */
abstract class AssociationContract<L extends Entity, A extends Entity, R extends Entity> {
    private final List<L> lefts = new ArrayList<>();
    private final List<R> rights = new ArrayList<>();
    private final List<A> associations = new ArrayList<>();

    // --- what an association class supplies: each a call of a generated helper or a read of a plain field ---

    abstract L newLeft();

    abstract R newRight();

    /** An association made with the class's own constructor, carrying {@code data} as its extra data. */
    abstract A newAssociation(String data);

    /** The extra data, as a string. */
    abstract String dataOf(A association);

    abstract void setData(A association, String data);

    /** The plain collection field of the left class. */
    abstract Collection<A> leftField(L left);

    /** The plain collection field of the right class. */
    abstract Collection<A> rightField(R right);

    /** The plain left end of the association. */
    abstract L leftOf(A association);

    /** The plain right end of the association. */
    abstract R rightOf(A association);

    /** {@code AssociationRelations.link(left, right, association)}. */
    abstract A callLink(L left, R right, A association);

    /** Whether relate can create the association, so that {@code link(left, right)} exists. */
    abstract boolean creatable();

    /** The generated {@code AssociationRelations}. */
    abstract Class<?> associationRelations();

    /** {@code AssociationRelations.link(left, right)}; only called when {@link #creatable()}. */
    abstract A callLinkNew(L left, R right);

    abstract A callFind(L left, R right);

    abstract int callUnlink(L left, R right);

    abstract void callUnlink(A association);

    /** {@code AssociationRelations.setLeft(association, left)}. */
    abstract void callSetLeft(A association, L left);

    abstract void callSetRight(A association, R right);

    /** {@code LeftRelations.addToAssociations(left, association)}. */
    abstract boolean callAddToLeft(L left, A association);

    abstract boolean callAddToRight(R right, A association);

    /** {@code LeftRelations.setAssociations(left, associations)}. */
    abstract void callSetLeftAll(L left, Collection<A> associations);

    /** The live view of the left class's collection of associations. */
    abstract Collection<A> leftView(L left);

    abstract Collection<A> rightView(R right);

    /** The navigation view from the left: {@code rightOfAssociations(left)}. */
    abstract List<R> rightsOf(L left);

    /** The navigation view from the right: {@code leftOfAssociations(right)}. */
    abstract List<L> leftsOf(R right);

    /** Whether the left class's collection keeps insertion order. */
    abstract boolean leftKeepsOrder();

    abstract boolean rightKeepsOrder();

    // --- fixtures ---

    final L left() {
        L left = newLeft();
        lefts.add(left);
        return left;
    }

    final R right() {
        R right = newRight();
        rights.add(right);
        return right;
    }

    final A association(String data) {
        A association = newAssociation(data);
        associations.add(association);
        return association;
    }

    /** A new association with {@code data}, linking {@code left} and {@code right}. */
    final A linked(L left, R right, String data) {
        A association = association(data);
        assertThat(link(left, right, association)).isSameInstanceAs(association);
        assertLinked(association, left, right);
        return association;
    }

    /** Checks {@code left} as a right object too: for a self-referential association, where they are one class. */
    final void alsoRight(R left) {
        rights.add(left);
    }

    /** Checks {@code right} as a left object too. */
    final void alsoLeft(L right) {
        lefts.add(right);
    }

    /** The invariant checked after every step: the four ends agree, and the views read the fields. */
    void check() {
        Invariants.assertAssociations(getClass().getSimpleName(), lefts, rights, associations, this::leftField,
                this::leftOf, this::rightField, this::rightOf);
        for (L left : lefts) {
            assertMirrors("rights of " + left, rightsOf(left), leftField(left), this::rightOf);
        }
        for (R right : rights) {
            assertMirrors("lefts of " + right, leftsOf(right), rightField(right), this::leftOf);
        }
    }

    /** A navigation view reads the far end of each association of the collection, in its order. */
    private <F> void assertMirrors(String what, List<F> view, Collection<A> field, Function<A, F> far) {
        List<F> expected = new ArrayList<>();
        for (A association : Invariants.snapshot(field)) {
            expected.add(far.apply(association));
        }
        assertWithMessage("%s: size", what).that(view.size()).isEqualTo(expected.size());
        assertWithMessage("%s: isEmpty", what).that(view.isEmpty()).isEqualTo(expected.isEmpty());
        List<F> iterated = new ArrayList<>();
        for (F object : view) {
            iterated.add(object);
        }
        assertWithMessage("%s: iterator", what).that(iterated).containsExactlyElementsIn(expected).inOrder();
        for (int i = 0; i < expected.size(); i++) {
            assertWithMessage("%s: get(%s)", what, i).that(view.get(i)).isSameInstanceAs(expected.get(i));
        }
    }

    @AfterEach
    final void checkAtTheEnd() {
        check();
    }

    // --- the helpers, each followed by the check ---

    final A link(L left, R right, A association) {
        A result = callLink(left, right, association);
        check();
        return result;
    }

    final A linkNew(L left, R right) {
        A association = callLinkNew(left, right);
        associations.add(association);
        check();
        return association;
    }

    final A find(L left, R right) {
        A association = callFind(left, right);
        check();
        return association;
    }

    final int unlink(L left, R right) {
        int removed = callUnlink(left, right);
        check();
        return removed;
    }

    final void unlink(A association) {
        callUnlink(association);
        check();
    }

    final void setLeft(A association, L left) {
        callSetLeft(association, left);
        check();
    }

    final void setRight(A association, R right) {
        callSetRight(association, right);
        check();
    }

    final boolean addToLeft(L left, A association) {
        boolean changed = callAddToLeft(left, association);
        check();
        return changed;
    }

    final boolean addToRight(R right, A association) {
        boolean changed = callAddToRight(right, association);
        check();
        return changed;
    }

    /** Registers the associations that a navigation view made, for the checks. */
    final void adopt(Collection<A> collection) {
        for (A association : Invariants.snapshot(collection)) {
            if (Invariants.countSame(associations, association) == 0) {
                associations.add(association);
            }
        }
    }

    // --- assertions ---

    /** {@code association} links {@code left} and {@code right}: both its ends, and once in each collection. */
    final void assertLinked(A association, L left, R right) {
        assertThat(leftOf(association)).isSameInstanceAs(left);
        assertThat(rightOf(association)).isSameInstanceAs(right);
        assertThat(Invariants.countSame(Invariants.snapshot(leftField(left)), association)).isEqualTo(1);
        assertThat(Invariants.countSame(Invariants.snapshot(rightField(right)), association)).isEqualTo(1);
    }

    /** All four ends unwired: no end, and in no collection of any object the test made. */
    final void assertUnlinked(A association) {
        assertThat(leftOf(association)).isNull();
        assertThat(rightOf(association)).isNull();
        for (L left : lefts) {
            assertThat(Invariants.countSame(Invariants.snapshot(leftField(left)), association)).isEqualTo(0);
        }
        for (R right : rights) {
            assertThat(Invariants.countSame(Invariants.snapshot(rightField(right)), association)).isEqualTo(0);
        }
    }

    /** The left object's collection holds exactly {@code expected}, in that order where it keeps one. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertLeftHolds(L left, A... expected) {
        assertHolds("associations of " + left, Invariants.snapshot(leftField(left)), Arrays.asList(expected),
                leftKeepsOrder());
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertRightHolds(R right, A... expected) {
        assertHolds("associations of " + right, Invariants.snapshot(rightField(right)), Arrays.asList(expected),
                rightKeepsOrder());
    }

    private static <E> void assertHolds(String what, List<E> actual, List<E> expected, boolean ordered) {
        if (ordered) {
            assertWithMessage(what).that(actual).containsExactlyElementsIn(expected).inOrder();
        } else {
            assertWithMessage(what).that(actual).containsExactlyElementsIn(expected);
        }
    }

    /** The far objects that the left object's navigation view shows: in order where its collection keeps one. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertRightsOf(L left, R... expected) {
        assertHolds("rights of " + left, new ArrayList<>(rightsOf(left)), Arrays.asList(expected), leftKeepsOrder());
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array only feeds Arrays.asList
    final void assertLeftsOf(R right, L... expected) {
        assertHolds("lefts of " + right, new ArrayList<>(leftsOf(right)), Arrays.asList(expected), rightKeepsOrder());
    }

    /**
     * Every object's collections (by id where a collection has no order) and every association's ends
     * and data: what "changes nothing" compares.
     */
    final List<String> state() {
        List<String> state = new ArrayList<>();
        for (L left : lefts) {
            state.add(left + " holds " + ids(leftField(left), leftKeepsOrder()));
        }
        for (R right : rights) {
            state.add(right + " holds " + ids(rightField(right), rightKeepsOrder()));
        }
        for (A association : associations) {
            state.add(association + ": " + leftOf(association) + " - " + rightOf(association) + " "
                    + dataOf(association));
        }
        return state;
    }

    private List<A> ids(Collection<A> held, boolean ordered) {
        List<A> out = new ArrayList<>(Invariants.snapshot(held));
        if (!ordered) {
            out.sort(Comparator.comparingInt(association -> association.id));
        }
        return out;
    }

    /** {@code call} throws {@code type} and changes nothing. */
    final void assertRefused(Class<? extends RuntimeException> type, Runnable call) {
        List<String> state = state();
        assertThrows(type, call::run);
        assertThat(state()).isEqualTo(state);
        check();
    }

    // --- linking ---

    @Test
    void linkingWithExtraDataWiresAllFourEndsInOneCall() {
        L l = left();
        R r = right();
        A a = association("1");
        assertThat(link(l, r, a)).isSameInstanceAs(a);
        assertLinked(a, l, r);
        assertLeftHolds(l, a);
        assertRightHolds(r, a);
        assertThat(dataOf(a)).isEqualTo("1");
        assertRightsOf(l, r);
        assertLeftsOf(r, l);
        R r2 = right();
        A b = linked(l, r2, "2");
        assertLeftHolds(l, a, b);
        assertRightHolds(r2, b);
        assertRightsOf(l, r, r2);
        assertLeftsOf(r2, l);
    }

    @Test
    void linkingWithoutAnAssociationCreatesOne() {
        long withoutAssociation = Arrays.stream(associationRelations().getMethods())
                .filter(method -> method.getName().equals("link") && method.getParameterCount() == 2)
                .count();
        assertWithMessage("link(left, right) exists").that(withoutAssociation).isEqualTo(creatable() ? 1 : 0);
        if (!creatable()) {
            return; // adding through a navigation view refuses, see there
        }
        L l = left();
        R r = right();
        A a = linkNew(l, r);
        assertThat(a).isNotNull();
        assertLinked(a, l, r);
        setData(a, "7");
        assertThat(dataOf(find(l, r))).isEqualTo("7");
        A b = linkNew(l, r);
        assertThat(b).isNotSameInstanceAs(a);
        assertLinked(b, l, r);
        assertLeftHolds(l, a, b);
        assertRightHolds(r, a, b);
    }

    @Test
    void linkingTheSameAssociationToTheSamePairAgainChangesNothing() {
        L l = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r2, "2");
        List<String> state = state();
        assertThat(link(l, r, a)).isSameInstanceAs(a);
        assertThat(link(l, r2, b)).isSameInstanceAs(b);
        assertThat(state()).isEqualTo(state);
        assertLeftHolds(l, a, b);
    }

    @Test
    void linkingALinkedAssociationElsewhereMovesItsBothEnds() {
        L l = left();
        L l2 = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r, "2");
        A c = linked(l2, r2, "3");
        link(l2, r2, a);
        assertLinked(a, l2, r2);
        assertLeftHolds(l, b);
        assertRightHolds(r, b);
        assertLeftHolds(l2, c, a);
        assertRightHolds(r2, c, a);
        assertThat(dataOf(a)).isEqualTo("1");
        // only one end moves
        link(l2, r, b);
        assertLinked(b, l2, r);
        assertLeftHolds(l);
        assertLeftHolds(l2, c, a, b);
        assertRightHolds(r, b);
        link(l, r, c);
        assertLinked(c, l, r);
        assertRightHolds(r2, a);
        assertRightHolds(r, b, c);
    }

    @Test
    void linkingAHalfLinkedAssociationCompletesIt() {
        L l = left();
        R r = right();
        A a = association("1");
        setLeft(a, l);
        assertThat(rightOf(a)).isNull();
        assertThat(find(l, r)).isNull();
        link(l, r, a);
        assertLinked(a, l, r);
        A b = association("2");
        setRight(b, r);
        link(l, r, b);
        assertLinked(b, l, r);
        assertLeftHolds(l, a, b);
        assertRightHolds(r, a, b);
    }

    // --- find ---

    @Test
    void findGivesTheAssociationOfAPairOrNull() {
        L l = left();
        L l2 = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "11");
        A b = linked(l, r2, "12");
        A c = linked(l2, r, "13");
        assertThat(find(l, r)).isSameInstanceAs(a);
        assertThat(find(l, r2)).isSameInstanceAs(b);
        assertThat(find(l2, r)).isSameInstanceAs(c);
        assertThat(find(l2, r2)).isNull();
        assertThat(find(left(), right())).isNull();
        assertThat(find(null, r)).isNull();
        assertThat(find(l, null)).isNull();
        assertThat(find(null, null)).isNull();
        unlink(b);
        assertThat(find(l, r2)).isNull();
        // an association with one end only links no pair
        A half = association("0");
        setLeft(half, l2);
        assertThat(find(l2, r2)).isNull();
        setRight(half, r2);
        assertThat(find(l2, r2)).isSameInstanceAs(half);
    }

    @Test
    void extraDataIsReadAndChangedThroughFind() {
        L l = left();
        R r = right();
        R r2 = right();
        linked(l, r, "5");
        linked(l, r2, "6");
        assertThat(dataOf(find(l, r))).isEqualTo("5");
        setData(find(l, r), "9");
        check();
        assertThat(dataOf(find(l, r))).isEqualTo("9");
        // the same object is reached from both sides
        A fromRight = Invariants.snapshot(rightField(r)).get(0);
        assertThat(dataOf(fromRight)).isEqualTo("9");
        assertThat(dataOf(find(l, r2))).isEqualTo("6");
    }

    // --- two associations between the same pair ---

    @Test
    void aPairMayBeLinkedTwice() {
        L l = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A x = linked(l, r2, "8");
        A b = linked(l, r, "2");
        assertLeftHolds(l, a, x, b);
        assertRightHolds(r, a, b);
        assertRightsOf(l, r, r2, r);
        assertLeftsOf(r, l, l);
        assertThat(find(l, r)).isAnyOf(a, b);
        unlink(a);
        assertThat(find(l, r)).isSameInstanceAs(b);
        link(l, r, a);
        assertThat(unlink(l, r)).isEqualTo(2);
        assertUnlinked(a);
        assertUnlinked(b);
        assertLinked(x, l, r2);
        assertThat(find(l, r)).isNull();
        assertRightsOf(l, r2);
        assertLeftsOf(r);
    }

    // --- unlink ---

    @Test
    void unlinkingAPairRemovesEveryAssociationOfThatPairOnly() {
        L l = left();
        L l2 = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r2, "2");
        A c = linked(l2, r, "3");
        A d = linked(l, r, "4");
        assertThat(unlink(l, r)).isEqualTo(2);
        assertUnlinked(a);
        assertUnlinked(d);
        assertLinked(b, l, r2);
        assertLinked(c, l2, r);
        assertLeftHolds(l, b);
        assertRightHolds(r, c);
        assertThat(dataOf(a)).isEqualTo("1");
        List<String> state = state();
        assertThat(unlink(l, r)).isEqualTo(0);
        assertThat(unlink(l2, r2)).isEqualTo(0);
        assertThat(unlink(null, r)).isEqualTo(0);
        assertThat(unlink(l, null)).isEqualTo(0);
        assertThat(unlink((L) null, (R) null)).isEqualTo(0);
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void unlinkingAnAssociationUnwiresAllFourEnds() {
        L l = left();
        R r = right();
        A a = linked(l, r, "1");
        A b = linked(l, r, "2");
        unlink(a);
        assertUnlinked(a);
        assertLeftHolds(l, b);
        assertRightHolds(r, b);
        assertThat(dataOf(a)).isEqualTo("1");
        List<String> state = state();
        unlink(a);
        assertThat(state()).isEqualTo(state);
        // a half-linked association loses its one end
        setRight(a, r);
        unlink(a);
        assertUnlinked(a);
        setLeft(a, l);
        unlink(a);
        assertUnlinked(a);
        assertRefused(NullPointerException.class, () -> callUnlink((A) null));
    }

    // --- moving an association ---

    @Test
    void anAssociationMovesToAnotherLeft() {
        L l = left();
        L l2 = left();
        L l3 = left();
        R r = right();
        A a = linked(l, r, "1");
        A b = linked(l, r, "2");
        setLeft(a, l2);
        assertLinked(a, l2, r);
        assertLeftHolds(l, b);
        assertRightHolds(r, a, b);
        assertThat(callAddToLeft(l3, a)).isTrue();
        check();
        assertLinked(a, l3, r);
        assertLeftHolds(l2);
        assertThat(addToLeft(l3, a)).isFalse();
        assertThat(leftView(l).add(a)).isTrue();
        check();
        assertLinked(a, l, r);
        assertLeftHolds(l, b, a);
        assertLeftHolds(l3);
        assertThat(leftView(l).add(a)).isFalse();
        check();
        assertThat(find(l, r)).isAnyOf(a, b);
        assertThat(find(l3, r)).isNull();
        assertRightHolds(r, a, b);
        // taking the left end away leaves the association on the right
        setLeft(a, null);
        assertThat(leftOf(a)).isNull();
        assertThat(rightOf(a)).isSameInstanceAs(r);
        assertLeftHolds(l, b);
        assertRightHolds(r, a, b);
        assertThat(find(l, r)).isSameInstanceAs(b);
    }

    @Test
    void anAssociationMovesToAnotherRight() {
        L l = left();
        R r = right();
        R r2 = right();
        R r3 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r, "2");
        setRight(a, r2);
        assertLinked(a, l, r2);
        assertRightHolds(r, b);
        assertLeftHolds(l, a, b);
        assertRightsOf(l, r2, r);
        assertThat(addToRight(r3, a)).isTrue();
        assertLinked(a, l, r3);
        assertRightHolds(r2);
        assertThat(addToRight(r3, a)).isFalse();
        assertThat(rightView(r).add(a)).isTrue();
        check();
        assertLinked(a, l, r);
        assertRightHolds(r, b, a);
        assertRightHolds(r3);
        assertThat(find(l, r3)).isNull();
        assertLeftHolds(l, a, b);
        setRight(b, null);
        assertThat(rightOf(b)).isNull();
        assertThat(leftOf(b)).isSameInstanceAs(l);
        assertRightHolds(r, a);
        assertThat(find(l, r)).isSameInstanceAs(a);
    }

    @Test
    void removingFromOneCollectionOfAssociationsUnwiresThatEndOnly() {
        L l = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r2, "2");
        assertThat(leftView(l).remove(a)).isTrue();
        check();
        assertThat(leftOf(a)).isNull();
        assertRightHolds(r, a);
        assertThat(rightView(r2).remove(b)).isTrue();
        check();
        assertThat(rightOf(b)).isNull();
        assertLeftHolds(l, b);
        assertThat(find(l, r)).isNull();
        assertThat(find(l, r2)).isNull();
        rightView(r).clear();
        check();
        assertUnlinked(a);
    }

    @Test
    void replacingACollectionOfAssociationsMovesWhatCameAndUnwiresTheLeftEndOfWhatLeft() {
        L l = left();
        L l2 = left();
        R r = right();
        A a = linked(l, r, "1");
        A b = linked(l, r, "2");
        A c = linked(l2, r, "3");
        callSetLeftAll(l, Arrays.asList(c, b, c));
        check();
        assertLeftHolds(l, c, b);
        assertLeftHolds(l2);
        assertThat(leftOf(a)).isNull();
        assertThat(rightOf(a)).isSameInstanceAs(r);
        assertLinked(c, l, r);
        assertRightHolds(r, a, b, c);
        assertRightsOf(l, r, r);
    }

    // --- the navigation views ---

    @Test
    void theNavigationViewsAreLiveAndInAssociationOrder() {
        L l = left();
        L l2 = left();
        R r = right();
        R r2 = right();
        R r3 = right();
        List<R> rightsOfL = rightsOf(l);
        List<L> leftsOfR = leftsOf(r);
        assertThat(rightsOfL).isEmpty();
        assertThat(rightsOfL.iterator().hasNext()).isFalse();
        assertThrows(IndexOutOfBoundsException.class, () -> rightsOfL.get(0));
        linked(l, r2, "1");
        linked(l, r, "2");
        linked(l2, r, "3");
        linked(l, r3, "4");
        assertThat(rightsOfL).hasSize(3);
        assertRightsOf(l, r2, r, r3);
        if (leftKeepsOrder()) {
            assertThat(rightsOfL).containsExactly(r2, r, r3).inOrder();
            assertThat(rightsOfL.get(0)).isSameInstanceAs(r2);
            assertThat(rightsOfL.indexOf(r)).isEqualTo(1);
        }
        assertThat(leftsOfR).hasSize(2);
        assertLeftsOf(r, l, l2);
        assertThat(rightsOfL.contains(r)).isTrue();
        assertThat(rightsOfL.contains(right())).isFalse();
        assertThat(rightsOfL.contains(null)).isFalse();
        assertThat(rightsOfL.contains("not an object of the far side")).isFalse();
        assertThat(leftsOfR.contains(l2)).isTrue();
        assertThat(leftsOfR.contains(left())).isFalse();
        Iterator<R> it = rightsOfL.iterator();
        assertThat(it.hasNext()).isTrue();
        it.next();
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThrows(NoSuchElementException.class, it::next);
        unlink(l, r);
        assertRightsOf(l, r2, r3);
        assertLeftsOf(r, l2);
        assertThat(rightsOfL.contains(r)).isFalse();
        // an association with no far end shows as null
        A half = association("0");
        setLeft(half, l);
        assertThat(rightsOfL).hasSize(3);
        assertThat(rightsOfL.contains(null)).isTrue();
    }

    @Test
    void addingThroughANavigationViewLinksThroughANewAssociation() {
        L l = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        if (!creatable()) {
            assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).add(r2));
            assertRefused(UnsupportedOperationException.class, () -> leftsOf(r2).add(l));
            assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).addAll(List.of(r2, r)));
            assertRefused(UnsupportedOperationException.class, () -> leftsOf(r).add(l));
            return;
        }
        assertThat(rightsOf(l).add(r2)).isTrue();
        adopt(leftField(l));
        check();
        A made = find(l, r2);
        assertThat(made).isNotNull();
        assertLinked(made, l, r2);
        assertRightsOf(l, r, r2);
        // adding an object already reached links it a second time
        assertThat(rightsOf(l).add(r)).isTrue();
        adopt(leftField(l));
        check();
        assertRightsOf(l, r, r2, r);
        assertLeftsOf(r, l, l);
        L l2 = left();
        assertThat(leftsOf(r2).add(l2)).isTrue();
        adopt(rightField(r2));
        check();
        assertLinked(find(l2, r2), l2, r2);
        assertLeftsOf(r2, l, l2);
        assertThat(leftsOf(r2).addAll(List.of(l2, l))).isTrue();
        adopt(rightField(r2));
        check();
        assertLeftsOf(r2, l, l2, l2, l);
        assertLinked(a, l, r);
    }

    @Test
    void addingNullThroughANavigationViewThrowsAndChangesNothing() {
        L l = left();
        R r = right();
        linked(l, r, "1");
        assertRefused(NullPointerException.class, () -> rightsOf(l).add(null));
        assertRefused(NullPointerException.class, () -> leftsOf(r).add(null));
    }

    @Test
    void removingThroughANavigationViewUnlinksEveryAssociationToThatObject() {
        L l = left();
        L l2 = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r2, "2");
        A c = linked(l, r, "3");
        A d = linked(l2, r, "4");
        assertThat(rightsOf(l).remove(r)).isTrue();
        check();
        assertUnlinked(a);
        assertUnlinked(c);
        assertLinked(b, l, r2);
        assertLinked(d, l2, r);
        assertRightsOf(l, r2);
        R unrelated = right();
        List<String> state = state();
        assertThat(rightsOf(l).remove(r)).isFalse();
        assertThat(rightsOf(l).remove(unrelated)).isFalse();
        assertThat(rightsOf(l).remove(null)).isFalse();
        assertThat(rightsOf(l).remove("not an object of the far side")).isFalse();
        assertThat(leftsOf(r).remove(l)).isFalse();
        check();
        assertThat(state()).isEqualTo(state);
        assertThat(leftsOf(r).remove(l2)).isTrue();
        check();
        assertUnlinked(d);
        assertLeftsOf(r);
    }

    @Test
    void clearingANavigationViewUnlinksEveryAssociationOfItsOwner() {
        L l = left();
        L l2 = left();
        R r = right();
        R r2 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r2, "2");
        A c = linked(l, r, "3");
        A d = linked(l2, r, "4");
        rightsOf(l).clear();
        check();
        assertUnlinked(a);
        assertUnlinked(b);
        assertUnlinked(c);
        assertLinked(d, l2, r);
        assertRightsOf(l);
        assertLeftsOf(r, l2);
        rightsOf(l).clear();
        check();
        link(l, r, a);
        link(l, r2, b);
        leftsOf(r).clear();
        check();
        assertUnlinked(a);
        assertUnlinked(d);
        assertLinked(b, l, r2);
    }

    @Test
    void removeIfRemoveAllAndRetainAllUnlinkWhatTheyRemove() {
        L l = left();
        R r = right();
        R r2 = right();
        R r3 = right();
        A a = linked(l, r, "1");
        A b = linked(l, r2, "2");
        A c = linked(l, r3, "3");
        A d = linked(l, r, "4");
        R unrelated = right();
        List<String> state = state();
        assertThat(rightsOf(l).removeIf(far -> false)).isFalse();
        assertThat(rightsOf(l).removeAll(List.of(unrelated))).isFalse();
        assertThat(rightsOf(l).retainAll(List.of(r, r2, r3))).isFalse();
        check();
        assertThat(state()).isEqualTo(state);
        assertThat(rightsOf(l).removeIf(far -> far == r2)).isTrue();
        check();
        assertUnlinked(b);
        assertRightsOf(l, r, r3, r);
        assertThat(rightsOf(l).retainAll(List.of(r3))).isTrue();
        check();
        assertUnlinked(a);
        assertUnlinked(d);
        assertLinked(c, l, r3);
        assertThat(leftsOf(r3).removeAll(List.of(l))).isTrue();
        check();
        assertUnlinked(c);
        // a filter that throws changes nothing
        link(l, r, a);
        link(l, r2, b);
        assertRefused(IllegalStateException.class, () -> rightsOf(l).removeIf(far -> {
            if (far == r2) {
                throw new IllegalStateException("refused");
            }
            return true;
        }));
    }

    @Test
    void theNavigationViewsRefuseWhatTheyCannotKeepInSync() {
        L l = left();
        R r = right();
        R r2 = right();
        linked(l, r, "1");
        linked(l, r2, "2");
        assertRefused(UnsupportedOperationException.class, () -> {
            Iterator<R> it = rightsOf(l).iterator();
            it.next();
            it.remove();
        });
        assertRefused(UnsupportedOperationException.class, () -> {
            Iterator<L> it = leftsOf(r).iterator();
            it.next();
            it.remove();
        });
        assertRefused(UnsupportedOperationException.class, () -> {
            ListIterator<R> it = rightsOf(l).listIterator();
            it.next();
            it.remove();
        });
        assertRefused(UnsupportedOperationException.class, () -> {
            ListIterator<R> it = rightsOf(l).listIterator();
            it.next();
            it.set(r2);
        });
        assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).listIterator().add(r2));
        assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).set(0, r2));
        assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).add(0, r2));
        assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).remove(0));
        assertRefused(UnsupportedOperationException.class, () -> rightsOf(l).subList(0, 1).clear());
        assertRefused(UnsupportedOperationException.class, () -> leftsOf(r).sort(null));
    }

    // --- null ---

    @Test
    void nullsAreRejectedAndChangeNothing() {
        L l = left();
        R r = right();
        A a = linked(l, r, "1");
        A b = association("2");
        assertRefused(NullPointerException.class, () -> callLink(null, r, b));
        assertRefused(NullPointerException.class, () -> callLink(l, null, b));
        assertRefused(NullPointerException.class, () -> callLink(l, r, null));
        assertRefused(NullPointerException.class, () -> callLink(null, r, a));
        assertRefused(NullPointerException.class, () -> callLink(l, null, a));
        if (creatable()) {
            assertRefused(NullPointerException.class, () -> callLinkNew(null, r));
            assertRefused(NullPointerException.class, () -> callLinkNew(l, null));
        }
        assertRefused(NullPointerException.class, () -> callUnlink((A) null));
        assertRefused(NullPointerException.class, () -> rightsOf(null));
        assertRefused(NullPointerException.class, () -> leftsOf(null));
        assertRefused(NullPointerException.class, () -> callSetLeft(null, l));
        assertRefused(NullPointerException.class, () -> callAddToRight(r, null));
        assertThat(find(null, r)).isNull();
        assertThat(unlink(null, r)).isEqualTo(0);
        assertUnlinked(b);
        assertLinked(a, l, r);
    }
}
