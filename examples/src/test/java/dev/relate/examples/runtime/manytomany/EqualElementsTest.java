package dev.relate.examples.runtime.manytomany;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Entity;
import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * relate links objects by identity. A set cannot hold two equal objects, so a link that would put an
 * object into a set already holding an equal but different one is refused with
 * {@link IllegalArgumentException}, whichever end the set is on and whichever path makes the link,
 * and nothing changes on either side. Membership is by identity too: an equal object is not a
 * member, and removing it removes nothing.
 *
 * <p>{@code l1} and {@code l2} are equal lefts, {@code r1} and {@code r2} equal rights.
 */
class EqualElementsTest {
    private final KeyedLeft l1 = new KeyedLeft("k");
    private final KeyedLeft l2 = new KeyedLeft("k");
    private final KeyedLeft la = new KeyedLeft("a");
    private final KeyedRight r1 = new KeyedRight("k");
    private final KeyedRight r2 = new KeyedRight("k");
    private final KeyedRight ra = new KeyedRight("a");
    private final KeyedRight rb = new KeyedRight("b");
    private final List<KeyedLeft> lefts = List.of(l1, l2, la);
    private final List<KeyedRight> rights = List.of(r1, r2, ra, rb);

    @AfterEach
    void endsAgree() {
        check();
    }

    private void check() {
        Invariants.assertManyToMany("hashed", lefts, rights, left -> left.hashed, right -> right.hashedIn);
        Invariants.assertManyToMany("listed", lefts, rights, left -> left.listed, right -> right.listedIn);
        Invariants.assertManyToMany("sorted", lefts, rights, left -> left.sorted, right -> right.sortedIn);
    }

    /** Every end of every object, each object named by its identity, in iteration order (hashed sets by id). */
    private List<String> state() {
        List<String> state = new ArrayList<>();
        for (KeyedLeft left : lefts) {
            state.add(left + " hashed " + byId(left.hashed) + " listed " + left.listed + " sorted " + left.sorted);
        }
        for (KeyedRight right : rights) {
            state.add(right + " hashedIn " + byId(right.hashedIn) + " listedIn " + right.listedIn + " sortedIn "
                    + right.sortedIn);
        }
        return state;
    }

    private static <T extends Entity> List<T> byId(Collection<T> items) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(item -> item.id));
        return sorted;
    }

    /** Each call is refused with IllegalArgumentException and changes nothing on either side. */
    private void assertRefused(Executable... calls) {
        for (Executable call : calls) {
            List<String> state = state();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
            assertThat(e).hasMessageThat().contains("different object");
            assertThat(state()).isEqualTo(state);
            check();
        }
    }

    /** Each call answers false and changes nothing. */
    private void assertNoChange(BooleanSupplier... calls) {
        for (BooleanSupplier call : calls) {
            List<String> state = state();
            assertThat(call.getAsBoolean()).isFalse();
            assertThat(state()).isEqualTo(state);
        }
    }

    private static <T> boolean holdsItself(Collection<T> collection, T item) {
        return Invariants.countSame(collection, item) == 1;
    }

    // --- a hashed set on both sides ---

    @Test
    void aSetEndRefusesAnObjectEqualToAMemberFromEitherSide() {
        KeyedLeftRelations.addToHashed(l1, r1);
        assertRefused(
                () -> KeyedLeftRelations.addToHashed(l1, r2),
                () -> KeyedLeftRelations.hashed(l1).add(r2),
                () -> KeyedLeftRelations.hashed(l1).addAll(List.of(r2)),
                () -> KeyedLeftRelations.setHashed(l1, List.of(r1, r2)),
                // r2's own set is empty: l1's set, on the other end, refuses the link
                () -> KeyedRightRelations.addToHashedIn(r2, l1),
                () -> KeyedRightRelations.hashedIn(r2).add(l1),
                () -> KeyedRightRelations.setHashedIn(r2, List.of(l1)),
                () -> KeyedRightRelations.addToHashedIn(r1, l2),
                () -> KeyedLeftRelations.addToHashed(l2, r1));
        assertThat(holdsItself(l1.hashed, r1)).isTrue();
        assertThat(holdsItself(r1.hashedIn, l1)).isTrue();
        assertThat(r2.hashedIn).isEmpty();
        assertThat(l2.hashed).isEmpty();
    }

    @Test
    void aSetEndFindsMembersByIdentity() {
        KeyedLeftRelations.addToHashed(l1, r1);
        assertThat(KeyedLeftRelations.hashed(l1).contains(r2)).isFalse();
        assertThat(KeyedRightRelations.hashedIn(r1).contains(l2)).isFalse();
        assertNoChange(
                () -> KeyedLeftRelations.removeFromHashed(l1, r2),
                () -> KeyedLeftRelations.hashed(l1).remove(r2),
                () -> KeyedRightRelations.removeFromHashedIn(r1, l2),
                () -> KeyedRightRelations.hashedIn(r2).remove(l1),
                () -> KeyedRightRelations.removeFromHashedIn(r2, l1));
        assertThat(holdsItself(l1.hashed, r1)).isTrue();
        assertThat(holdsItself(r1.hashedIn, l1)).isTrue();
    }

    @Test
    void equalObjectsLinkedOnBothSidesAreToldApart() {
        KeyedLeftRelations.addToHashed(l1, r1);
        KeyedLeftRelations.addToHashed(l2, r2);
        // each set finds an equal object, so only identity can tell that l1 and r2 are not linked
        assertThat(KeyedLeftRelations.hashed(l1).contains(r2)).isFalse();
        assertThat(KeyedRightRelations.hashedIn(r2).contains(l1)).isFalse();
        assertNoChange(
                () -> KeyedLeftRelations.removeFromHashed(l1, r2),
                () -> KeyedRightRelations.removeFromHashedIn(r2, l1),
                () -> KeyedLeftRelations.hashed(l2).remove(r1));
        assertRefused(() -> KeyedLeftRelations.addToHashed(l1, r2), () -> KeyedRightRelations.addToHashedIn(r1, l2));
        assertThat(KeyedLeftRelations.removeFromHashed(l1, r1)).isTrue();
        assertThat(r1.hashedIn).isEmpty();
        assertThat(holdsItself(l2.hashed, r2)).isTrue();
        assertThat(holdsItself(r2.hashedIn, l2)).isTrue();
    }

    @Test
    void replacingAnObjectByAnEqualOneSwapsThem() {
        KeyedLeftRelations.addToHashed(l1, r1);
        KeyedLeftRelations.setHashed(l1, List.of(r2));
        assertThat(holdsItself(l1.hashed, r2)).isTrue();
        assertThat(l1.hashed).hasSize(1);
        assertThat(r1.hashedIn).isEmpty();
        assertThat(holdsItself(r2.hashedIn, l1)).isTrue();
    }

    @Test
    void aReplacementThatEitherSideRefusesChangesNothing() {
        KeyedLeftRelations.addToHashed(l1, rb);
        KeyedLeftRelations.addToHashed(la, ra);
        KeyedLeftRelations.addToHashed(l2, r1);
        assertRefused(
                // ra would be linked first, then r1's set refuses l1 (it holds l2): ra is unlinked again
                () -> KeyedLeftRelations.setHashed(l1, List.of(ra, r1)),
                // l1's own set cannot hold both
                () -> KeyedLeftRelations.setHashed(l1, List.of(ra, r1, r2)),
                () -> KeyedRightRelations.setHashedIn(ra, List.of(la, l1, l2)));
        assertThat(holdsItself(l1.hashed, rb)).isTrue();
        assertThat(l1.hashed).hasSize(1);
        assertThat(ra.hashedIn).containsExactly(la);
    }

    // --- a list here, a set there ---

    @Test
    void aListEndWhoseElementRefusesAnEqualOwnerChangesNothingOnAnyPath() {
        KeyedLeftRelations.addToListed(l2, r1);
        KeyedLeftRelations.addToListed(l1, ra);
        assertRefused(
                () -> KeyedLeftRelations.addToListed(l1, r1),
                () -> KeyedLeftRelations.listed(l1).add(r1),
                () -> KeyedLeftRelations.listed(l1).add(0, r1),
                () -> KeyedLeftRelations.listed(l1).add(1, r1),
                () -> KeyedLeftRelations.listed(l1).addAll(0, List.of(rb, r1)),
                () -> KeyedLeftRelations.listed(l1).set(0, r1),
                () -> KeyedLeftRelations.listed(l1).subList(0, 1).add(r1),
                () -> KeyedLeftRelations.listed(l1).subList(0, 1).set(0, r1),
                () -> KeyedLeftRelations.setListed(l1, List.of(ra, rb, r1)),
                () -> KeyedLeftRelations.setListed(l1, List.of(r1)),
                () -> KeyedLeftRelations.listed(l1).replaceAll(right -> right == ra ? r1 : right),
                // and from the set side, whose own set refuses l1
                () -> KeyedRightRelations.addToListedIn(r1, l1),
                () -> KeyedRightRelations.listedIn(r1).add(l1),
                () -> KeyedRightRelations.listedIn(r1).addAll(List.of(l1)));
        assertThat(l1.listed).containsExactly(ra);
        assertThat(r1.listedIn).hasSize(1);
        assertThat(holdsItself(r1.listedIn, l2)).isTrue();
        assertThat(rb.listedIn).isEmpty();
    }

    @Test
    void replacingAnOwnerByAnEqualOneFromTheSetSideSwapsThem() {
        KeyedLeftRelations.addToListed(l2, r1);
        KeyedLeftRelations.addToListed(l1, ra);
        KeyedRightRelations.setListedIn(r1, List.of(l1));
        assertThat(r1.listedIn).hasSize(1);
        assertThat(holdsItself(r1.listedIn, l1)).isTrue();
        assertThat(l1.listed).containsExactly(ra, r1).inOrder();
        assertThat(l2.listed).isEmpty();
    }

    @Test
    void aListIteratorWhoseLinkIsRefusedChangesNothingAndKeepsItsPlace() {
        KeyedLeftRelations.addToListed(l2, r1);
        KeyedLeftRelations.addToListed(l1, ra);
        KeyedLeftRelations.addToListed(l1, rb);
        ListIterator<KeyedRight> it = KeyedLeftRelations.listed(l1).listIterator();
        assertThat(it.next()).isSameInstanceAs(ra);
        assertRefused(() -> it.set(r1), () -> it.add(r1));
        assertThat(it.nextIndex()).isEqualTo(1);
        assertThat(it.next()).isSameInstanceAs(rb);
        it.remove();
        assertThat(l1.listed).containsExactly(ra);
        assertThat(rb.listedIn).isEmpty();
        assertThat(it.hasNext()).isFalse();
        KeyedRight fresh = new KeyedRight("fresh");
        it.add(fresh);
        assertThat(l1.listed).containsExactly(ra, fresh).inOrder();
        assertThat(fresh.listedIn).containsExactly(l1);
        Invariants.assertManyToMany("listed", lefts, List.of(fresh), left -> left.listed, right -> right.listedIn);
    }

    @Test
    void addAllRefusedAtOneLinkChangesNothing() {
        KeyedLeftRelations.addToListed(l2, r1);
        // addAll is all or nothing: the link made before the refused one is undone
        assertThrows(IllegalArgumentException.class, () -> KeyedLeftRelations.listed(l1).addAll(List.of(rb, r1)));
        check();
        assertThat(l1.listed).isEmpty();
        assertThat(rb.listedIn).isEmpty();
        assertThat(r1.listedIn).hasSize(1);
        assertThat(holdsItself(r1.listedIn, l2)).isTrue();
    }

    @Test
    void aListEndHoldsEqualObjectsAndTellsThemApartByIdentity() {
        List<KeyedRight> view = KeyedLeftRelations.listed(l1);
        assertThat(view.add(r1)).isTrue();
        assertThat(view.add(r2)).isTrue();
        assertThat(view).hasSize(2);
        assertThat(view.indexOf(r2)).isEqualTo(1);
        assertThat(view.lastIndexOf(r1)).isEqualTo(0);
        assertThat(KeyedLeftRelations.addToListed(l1, r2)).isFalse();
        assertThat(view.remove(r2)).isTrue();
        assertThat(r2.listedIn).isEmpty();
        assertThat(l1.listed).containsExactly(r1);
        assertThat(l1.listed.get(0)).isSameInstanceAs(r1);
        assertThat(r1.listedIn).containsExactly(l1);
        assertThat(view.contains(r2)).isFalse();
        assertThat(view.indexOf(r2)).isEqualTo(-1);
    }

    @Test
    void removingAnOwnerEqualToTheLinkedOneRemovesNothing() {
        KeyedLeftRelations.addToListed(l2, r1);
        assertThat(KeyedLeftRelations.listed(l1).contains(r1)).isFalse();
        assertThat(KeyedRightRelations.listedIn(r1).contains(l1)).isFalse();
        assertNoChange(
                () -> KeyedLeftRelations.removeFromListed(l1, r1),
                () -> KeyedLeftRelations.listed(l1).remove(r1),
                () -> KeyedRightRelations.removeFromListedIn(r1, l1),
                () -> KeyedRightRelations.listedIn(r1).remove(l1));
        assertThat(holdsItself(r1.listedIn, l2)).isTrue();
        assertThat(l2.listed).containsExactly(r1);
    }

    // --- a comparator's set here, a list there ---

    @Test
    void aComparatorSetEndRefusesAnObjectThatComparesEqualFromEitherSide() {
        KeyedLeftRelations.addToSorted(l1, r1);
        KeyedRightRelations.addToSortedIn(r2, la);
        assertRefused(
                () -> KeyedLeftRelations.addToSorted(l1, r2),
                () -> KeyedLeftRelations.sorted(l1).add(r2),
                () -> KeyedLeftRelations.sorted(l1).headSet(new KeyedRight("z"), false).add(r2),
                () -> KeyedLeftRelations.setSorted(l1, List.of(r1, r2)),
                // r2's list takes l1, then l1's set refuses r2: the list gives it back
                () -> KeyedRightRelations.addToSortedIn(r2, l1),
                () -> KeyedRightRelations.sortedIn(r2).add(0, l1),
                () -> KeyedRightRelations.sortedIn(r2).addAll(0, List.of(l1)),
                () -> KeyedRightRelations.sortedIn(r2).set(0, l1),
                () -> KeyedRightRelations.sortedIn(r2).listIterator().add(l1),
                () -> KeyedRightRelations.setSortedIn(r2, List.of(la, l1)));
        assertThat(l1.sorted).hasSize(1);
        assertThat(l1.sorted.first()).isSameInstanceAs(r1);
        assertThat(r2.sortedIn).containsExactly(la);
        assertThat(r1.sortedIn).hasSize(1);
        assertThat(r1.sortedIn.get(0)).isSameInstanceAs(l1);
    }

    @Test
    void aComparatorSetEndFindsMembersByIdentity() {
        KeyedLeftRelations.addToSorted(l1, r1);
        KeyedLeftRelations.addToSorted(l2, r2);
        assertThat(KeyedLeftRelations.sorted(l1).contains(r2)).isFalse();
        assertThat(KeyedRightRelations.sortedIn(r2).contains(l1)).isFalse();
        assertThat(KeyedRightRelations.sortedIn(r2).indexOf(l1)).isEqualTo(-1);
        assertNoChange(
                () -> KeyedLeftRelations.removeFromSorted(l1, r2),
                () -> KeyedLeftRelations.sorted(l1).remove(r2),
                () -> KeyedRightRelations.removeFromSortedIn(r2, l1),
                () -> KeyedRightRelations.sortedIn(r1).remove(l2));
        assertThat(KeyedLeftRelations.removeFromSorted(l1, r1)).isTrue();
        assertThat(r1.sortedIn).isEmpty();
        assertThat(l2.sorted.first()).isSameInstanceAs(r2);
    }

    @Test
    void equalObjectsLinkPairwiseThroughEveryEnd() {
        List<Function<KeyedLeft, Collection<KeyedRight>>> ends = List.of(left -> KeyedLeftRelations.hashed(left),
                left -> KeyedLeftRelations.listed(left), left -> KeyedLeftRelations.sorted(left));
        for (Function<KeyedLeft, Collection<KeyedRight>> end : ends) {
            end.apply(l1).add(r1);
            end.apply(l2).add(r2);
            check();
        }
        KeyedRightRelations.addToHashedIn(ra, l1);
        KeyedRightRelations.addToListedIn(ra, l2);
        KeyedRightRelations.addToSortedIn(ra, la);
        check();
        assertThat(holdsItself(l1.hashed, r1) && holdsItself(l1.listed, r1) && holdsItself(l1.sorted, r1)).isTrue();
        assertThat(holdsItself(r2.hashedIn, l2) && holdsItself(r2.listedIn, l2) && holdsItself(r2.sortedIn, l2))
                .isTrue();
    }
}
