package dev.relate.examples.runtime.kinds;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * relate links objects by identity. A set cannot hold two equal objects, so adding an object equal
 * to (but not the same as) a member fails with {@link IllegalArgumentException} and changes nothing;
 * a list holds both, and finds and removes each by identity.
 */
class EqualElementsTest {
    private final KeyedParent p = new KeyedParent();
    private final KeyedParent q = new KeyedParent();
    private final Keyed first = new Keyed("k");
    private final Keyed twin = new Keyed("k");

    @AfterEach
    void endsAgree() {
        check("hashed", parent -> parent.hashed, keyed -> keyed.hashedIn);
        check("sorted", parent -> parent.sorted, keyed -> keyed.sortedIn);
        check("listed", parent -> parent.listed, keyed -> keyed.listedIn);
    }

    private void check(String end, Function<KeyedParent, Collection<Keyed>> field,
            Function<Keyed, KeyedParent> parentOf) {
        Invariants.assertOneToMany(end, List.of(p, q), List.of(first, twin), field, parentOf);
    }

    @Test
    void aHashSetEndRejectsAnEqualObject() {
        KeyedRelations.setHashedIn(first, p);
        KeyedRelations.setHashedIn(twin, q);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyedRelations.setHashedIn(twin, p));
        assertThat(e).hasMessageThat().contains("different object");
        assertThrows(IllegalArgumentException.class, () -> KeyedParentRelations.addToHashed(p, twin));
        assertThrows(IllegalArgumentException.class, () -> KeyedParentRelations.hashed(p).add(twin));
        assertThat(twin.hashedIn).isSameInstanceAs(q);
        assertThat(q.hashed).containsExactly(twin);
        assertThat(p.hashed).hasSize(1);
        assertThat(p.hashed.iterator().next()).isSameInstanceAs(first);
    }

    @Test
    void aHashSetEndFindsMembersByIdentity() {
        KeyedRelations.setHashedIn(first, p);
        assertThat(KeyedParentRelations.hashed(p).contains(twin)).isFalse();
        assertThat(KeyedParentRelations.hashed(p).remove(twin)).isFalse();
        assertThat(KeyedParentRelations.removeFromHashed(p, twin)).isFalse();
        assertThat(first.hashedIn).isSameInstanceAs(p);
        assertThat(p.hashed).hasSize(1);
    }

    @Test
    void replacingWithTwoEqualObjectsFailsAndRestoresTheSet() {
        KeyedRelations.setHashedIn(first, p);
        Keyed other = new Keyed("other");
        KeyedRelations.setHashedIn(other, p);
        KeyedRelations.setHashedIn(twin, q);
        assertThrows(IllegalArgumentException.class,
                () -> KeyedParentRelations.setHashed(p, List.of(first, twin)));
        assertThat(first.hashedIn).isSameInstanceAs(p);
        assertThat(other.hashedIn).isSameInstanceAs(p);
        assertThat(twin.hashedIn).isSameInstanceAs(q);
        assertThat(p.hashed).containsExactly(first, other);
        assertThat(q.hashed).containsExactly(twin);
        Invariants.assertOneToMany("hashed", List.of(p, q), List.of(first, twin, other), parent -> parent.hashed,
                keyed -> keyed.hashedIn);
    }

    @Test
    void replacingAnObjectByAnEqualOneSwapsThem() {
        KeyedRelations.setHashedIn(first, p);
        KeyedRelations.setHashedIn(twin, q);
        KeyedParentRelations.setHashed(p, List.of(twin));
        assertThat(first.hashedIn).isNull();
        assertThat(twin.hashedIn).isSameInstanceAs(p);
        assertThat(q.hashed).isEmpty();
        assertThat(p.hashed.iterator().next()).isSameInstanceAs(twin);
    }

    @Test
    void aComparatorSetEndRejectsAnObjectThatComparesEqual() {
        KeyedParentRelations.addToSorted(p, first);
        List<Object> before = new ArrayList<>(p.sorted);
        assertThrows(IllegalArgumentException.class, () -> KeyedParentRelations.sorted(p).add(twin));
        assertThrows(IllegalArgumentException.class,
                () -> KeyedParentRelations.sorted(p).headSet(new Keyed("z"), false).add(twin));
        assertThrows(IllegalArgumentException.class, () -> KeyedRelations.setSortedIn(twin, p));
        assertThat(twin.sortedIn).isNull();
        assertThat(new ArrayList<Object>(p.sorted)).containsExactlyElementsIn(before);
        assertThat(p.sorted.first()).isSameInstanceAs(first);
    }

    @Test
    void aListEndHoldsEqualObjectsAndTellsThemApartByIdentity() {
        KeyedRelations.setListedIn(first, p);
        KeyedRelations.setListedIn(twin, p);
        List<Keyed> view = KeyedParentRelations.listed(p);
        assertThat(view).hasSize(2);
        assertThat(view.indexOf(twin)).isEqualTo(1);
        assertThat(view.lastIndexOf(first)).isEqualTo(0);
        assertThat(KeyedParentRelations.addToListed(p, twin)).isFalse();
        assertThat(view.remove(twin)).isTrue();
        assertThat(twin.listedIn).isNull();
        assertThat(p.listed).hasSize(1);
        assertThat(p.listed.get(0)).isSameInstanceAs(first);
        assertThat(view.contains(twin)).isFalse();
        assertThat(view.indexOf(twin)).isEqualTo(-1);
    }

    @Test
    void aSetViewEqualsASetOfEqualObjectsBothWays() {
        KeyedParentRelations.addToHashed(p, first);
        java.util.Set<Keyed> copies = new java.util.HashSet<>(List.of(twin));
        assertThat(KeyedParentRelations.hashed(p).equals(copies)).isTrue();
        assertThat(copies.equals(KeyedParentRelations.hashed(p))).isTrue();
        assertThat(KeyedParentRelations.hashed(p).hashCode()).isEqualTo(copies.hashCode());
        // membership stays by identity: the copy is not linked
        assertThat(KeyedParentRelations.hashed(p).contains(twin)).isFalse();
    }
}
