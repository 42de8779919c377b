package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Ends over collection classes other than the JDK's usual four, and over element classes, that the
 * runtime meets for the first time (fresh copies, see {@link Fresh}): a sequential list still holds
 * each object once and removes the object itself, a plain collection works, a sorted set rejects an
 * object that compares equal to a member, a hash set rejects an equal object of a class with its own
 * {@code equals}; one-way set ends find members by the set's lookup, as the set itself does; and an
 * element whose key changed while in a set still leaves it.
 */
class CollectionClassesTest {
    private final Holder h = new Holder("h", null);

    @Test
    void aSequentialListHoldsEachObjectOnceAndRemovesTheObjectItself() {
        SideTableEnd<List<Object>> end = new SideTableEnd<>(null);
        List<Object> list = fresh(FreshLinkedList.class);
        h.items = list;
        Item a = new Item("a");
        Keyed first = new Keyed("k", "first");
        Keyed twin = new Keyed("k", "twin");

        assertThat(end.add(h, a)).isTrue();
        assertThat(end.add(h, a)).isFalse();
        assertThat(Views.list(end, h).add(a)).isFalse();
        assertThat(end.add(h, first)).isTrue();
        assertThat(end.add(h, twin)).isTrue();
        assertThat(list).hasSize(3);

        assertThat(end.remove(h, twin)).isTrue();
        assertThat(list).hasSize(2);
        assertThat(list.get(1)).isSameInstanceAs(first);
        assertThat(end.owner(twin)).isNull();
        assertThat(end.owner(first)).isSameInstanceAs(h);
        assertThat(Views.list(end, h).indexOf(first)).isEqualTo(1);
    }

    @Test
    void aPlainCollectionThatIsNeitherAListNorASetWorks() {
        SideTableEnd<Collection<Object>> end = new SideTableEnd<>(null);
        Collection<Object> deque = fresh(FreshDeque.class);
        h.items = deque;
        Item a = new Item("a");
        Item b = new Item("b");
        end.add(h, a);
        end.add(h, b);
        assertThat(end.add(h, a)).isFalse();

        assertThat(end.remove(h, a)).isTrue();
        assertThat(deque).containsExactly(b);
        assertThat(end.owner(a)).isNull();
        assertThat(Views.collection(end, h).remove(b)).isTrue();
        assertThat(deque).isEmpty();
        assertThat(end.owner(b)).isNull();
    }

    @Test
    void aSortedSetOfANewClassRejectsAnotherObjectThatComparesEqual() {
        Comparator<Object> byName = Comparator.comparing(Object::toString);
        SideTableEnd<Set<Object>> end = new SideTableEnd<>(null);
        Set<Object> set = fresh(FreshSkipListSet.class, byName);
        h.items = set;
        Item first = new Item("same name"); // keeps Object's equals: only the comparator sees them as equal
        Item other = new Item("same name");
        assertThat(end.add(h, first)).isTrue();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> end.add(h, other));
        assertThat(e).hasMessageThat().contains("different object");
        assertThat(set).hasSize(1);
        assertThat(set.iterator().next()).isSameInstanceAs(first);
        assertThat(end.owner(other)).isNull();
    }

    @Test
    void aHashSetRejectsAnEqualObjectOfAClassWithItsOwnEquals() {
        for (Fresh elements : List.of(Fresh.copyOf(FreshValue.class), Fresh.copyOf(FreshKeyed.class))) {
            Object[] keys = elements.type().getSuperclass() == Keyed.class
                    ? new Object[] {"k", "first"} : new Object[] {"k"};
            Object first = elements.create(Object.class, keys);
            Object twin = elements.create(Object.class, keys);
            SideTableEnd<Set<Object>> end = new SideTableEnd<>(HashSet::new);
            Holder owner = new Holder("owner", null);
            assertThat(end.add(owner, first)).isTrue();

            assertThrows(IllegalArgumentException.class, () -> end.add(owner, twin));
            assertThat(owner.items).hasSize(1);
            assertThat(owner.items.iterator().next()).isSameInstanceAs(first);
            assertThat(end.owner(twin)).isNull();
            assertThat(end.remove(owner, twin)).isFalse();
            assertThat(owner.items).hasSize(1);
        }
    }

    @Test
    void aHashSetOfObjectsOfANewIdentityClassHoldsEachOnce() {
        Fresh plain = Fresh.copyOf(FreshPlain.class);
        Object a = plain.create(Object.class);
        Object b = plain.create(Object.class);
        SideTableEnd<Set<Object>> end = new SideTableEnd<>(HashSet::new);
        assertThat(end.add(h, a)).isTrue();
        assertThat(end.add(h, b)).isTrue();
        assertThat(end.add(h, a)).isFalse();
        assertThat(h.items).hasSize(2);
        assertThat(end.remove(h, a)).isTrue();
        assertThat(end.remove(h, a)).isFalse();
        assertThat(h.items).containsExactly(b);
        assertThat(end.owner(a)).isNull();
    }

    @Test
    void aOneWaySetEndFindsMembersByTheSetsLookup() {
        List<Supplier<Set<Object>>> sets = List.of(HashSet::new, LinkedHashSet::new,
                () -> new TreeSet<>(Keyed.BY_KEY),
                () -> fresh(FreshHashSet.class),
                () -> fresh(FreshSkipListSet.class, Keyed.BY_KEY));
        for (Supplier<Set<Object>> kind : sets) {
            Set<Object> set = kind.get();
            OneWayEnd<Set<Object>> end = new OneWayEnd<>(null);
            Holder owner = new Holder("owner", set);
            Keyed first = new Keyed("k", "first");
            Keyed twin = new Keyed("k", "twin");
            end.add(owner, first);
            String what = set.getClass().getName();

            assertWithMessage(what).that(Views.set(end, owner).contains(twin)).isTrue();
            assertWithMessage(what).that(end.add(owner, twin)).isFalse();
            assertWithMessage(what).that(Views.set(end, owner).add(twin)).isFalse();
            assertThat(set).hasSize(1);
            assertThat(set.iterator().next()).isSameInstanceAs(first);

            assertWithMessage(what).that(end.remove(owner, twin)).isTrue();
            assertWithMessage(what).that(set).isEmpty();
            end.add(owner, first);
            assertWithMessage(what).that(Views.set(end, owner).remove(twin)).isTrue();
            assertWithMessage(what).that(set).isEmpty();
            assertWithMessage(what).that(end.remove(owner, twin)).isFalse();
        }
    }

    @Test
    void anElementWhoseKeyChangedInASetStillLeavesIt() {
        List<Supplier<Set<Object>>> sets = List.of(HashSet::new, () -> new TreeSet<>(Keyed.BY_KEY));
        for (Supplier<Set<Object>> kind : sets) {
            SideTableEnd<Set<Object>> end = new SideTableEnd<>(kind);
            Holder owner = new Holder("owner", null);
            Keyed middle = new Keyed("m", "middle");
            Keyed moved = new Keyed("k", "moved");
            Keyed other = new Keyed("x", "other");
            end.add(owner, middle);
            end.add(owner, moved);
            end.add(owner, other);
            moved.key = "z"; // in the wrong bucket, or out of order: the set's lookup no longer finds it
            assertThat(owner.items.contains(moved)).isFalse();

            assertThat(end.remove(owner, moved)).isTrue();
            assertThat(owner.items).containsExactly(middle, other);
            assertThat(end.owner(moved)).isNull();

            // moving to another owner takes it out of the first one's set as well
            other.key = "a";
            Holder next = new Holder("next", kind.get());
            assertThat(end.add(next, other)).isTrue();
            assertThat(owner.items).containsExactly(middle);
            assertThat(end.owner(other)).isSameInstanceAs(next);
        }
    }

    /** A new instance of a fresh copy of {@code template}, a collection class. */
    @SuppressWarnings("unchecked")
    private static <C> C fresh(Class<?> template, Object... arguments) {
        return (C) Fresh.copyOf(template).create(Object.class, arguments);
    }
}
