package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Links}, the identity-aware helpers under every end and view: how each kind
 * of collection is classified (checked on classes met for the first time, see {@link Fresh}), which
 * element classes compare by identity, and that lists are searched and emptied by identity while sets
 * use their own lookup, falling back to iteration for an element whose key changed in the set.
 */
class LinksTest {
    private final Keyed first = new Keyed("k", "first");
    private final Keyed twin = new Keyed("k", "twin");
    private final Keyed third = new Keyed("k", "third");

    @Test
    void theJdksUsualCollectionsHaveTheirShape() {
        assertThat(Links.shape(new ArrayList<>())).isEqualTo(Links.RANDOM_ACCESS_LIST);
        assertThat(Links.shape(new HashSet<>())).isEqualTo(Links.UNSORTED_SET);
        assertThat(Links.shape(new LinkedHashSet<>())).isEqualTo(Links.UNSORTED_SET);
        assertThat(Links.shape(new TreeSet<>())).isEqualTo(Links.SORTED_SET);
    }

    @Test
    void aCollectionClassMetForTheFirstTimeGetsItsShape() {
        assertThat(Links.shape(fresh(FreshLinkedList.class))).isEqualTo(Links.LIST);
        assertThat(Links.shape(fresh(FreshRandomAccessList.class))).isEqualTo(Links.RANDOM_ACCESS_LIST);
        assertThat(Links.shape(fresh(FreshHashSet.class))).isEqualTo(Links.UNSORTED_SET);
        assertThat(Links.shape(Fresh.copyOf(FreshSkipListSet.class).create(Collection.class, Keyed.BY_KEY)))
                .isEqualTo(Links.SORTED_SET);
        assertThat(Links.shape(fresh(FreshDeque.class))).isEqualTo(Links.OTHER);
    }

    @Test
    void aClassMetForTheFirstTimeComparesByIdentityExactlyWhenItKeepsObjectsEquals() {
        assertThat(Links.equalsIsIdentity(Fresh.copyOf(FreshPlain.class).create(Object.class))).isTrue();
        assertThat(Links.equalsIsIdentity(Fresh.copyOf(FreshItem.class).create(Object.class, "item"))).isTrue();
        assertThat(Links.equalsIsIdentity(Fresh.copyOf(FreshValue.class).create(Object.class, "k"))).isFalse();
        assertThat(Links.equalsIsIdentity(Fresh.copyOf(FreshKeyed.class).create(Object.class, "k", "keyed")))
                .isFalse();
    }

    @Test
    void aFreshValueClassIsEqualToItsOwnCopiesOnly() {
        // the template works as a value class once copied: needed by the tests that rely on it
        Fresh values = Fresh.copyOf(FreshValue.class);
        assertThat(values.create(Object.class, "k")).isEqualTo(values.create(Object.class, "k"));
        assertThat(values.create(Object.class, "k")).isNotEqualTo(values.create(Object.class, "other"));
    }

    @Test
    void removeSameOfNoCollectionRemovesNothing() {
        assertThat(Links.removeSame(null, first)).isFalse();
    }

    @Test
    void removeSameTakesTheObjectItselfOutOfAList() {
        for (List<Object> list : List.<List<Object>>of(new ArrayList<>(), new LinkedList<>(),
                fresh(FreshRandomAccessList.class))) {
            list.add(first);
            list.add(twin);
            assertThat(Links.removeSame(list, third)).isFalse();
            assertThat(list).hasSize(2);
            assertThat(Links.removeSame(list, twin)).isTrue();
            assertThat(list).hasSize(1);
            assertThat(list.get(0)).isSameInstanceAs(first);
            assertThat(Links.removeSame(list, twin)).isFalse();
            assertThat(list.get(0)).isSameInstanceAs(first);
        }
    }

    @Test
    void removeSameTakesTheObjectItselfOutOfAPlainCollection() {
        Collection<Object> deque = new ArrayDeque<>(List.of(first, twin));
        assertThat(Links.removeSame(deque, third)).isFalse();
        assertThat(deque).hasSize(2);
        assertThat(Links.removeSame(deque, twin)).isTrue();
        assertThat(deque).hasSize(1);
        assertThat(deque.iterator().next()).isSameInstanceAs(first);
    }

    @Test
    void removeSameUsesASetsLookup() {
        Set<Object> set = new HashSet<>(List.of(first));
        assertThat(Links.removeSame(set, new Item("absent"))).isFalse();
        assertThat(set).hasSize(1);
        assertThat(Links.removeSame(set, first)).isTrue();
        assertThat(set).isEmpty();
        assertThat(Links.removeSame(set, first)).isFalse();
    }

    @Test
    void removeSameFindsAnElementWhoseKeyChangedInTheSet() {
        Set<Object> hashed = new HashSet<>(List.of(first));
        Set<Object> sorted = new TreeSet<>(Keyed.BY_KEY);
        sorted.add(new Keyed("m", "middle")); // the root: first, a leaf, is reached through it
        sorted.add(first);
        first.key = "z"; // now in the wrong bucket, and out of order
        assertThat(hashed.contains(first)).isFalse();
        assertThat(sorted.contains(first)).isFalse();

        assertThat(Links.removeSame(hashed, first)).isTrue();
        assertThat(hashed).isEmpty();
        assertThat(Links.removeSame(sorted, first)).isTrue();
        assertThat(sorted).hasSize(1);
        assertThat(Links.removeSame(sorted, first)).isFalse();
    }

    @Test
    void containsSameSearchesListsByIdentityAndAsksSets() {
        assertThat(Links.containsSame(null, first)).isFalse();
        List<Object> list = new ArrayList<>(List.of(first));
        assertThat(Links.containsSame(list, first)).isTrue();
        assertThat(Links.containsSame(list, twin)).isFalse();
        assertThat(Links.containsSame(new HashSet<>(list), twin)).isTrue();
        assertThat(Links.containsSame(new HashSet<>(list), new Keyed("other", "other"))).isFalse();
    }

    @Test
    void indexOfSameFindsTheObjectItselfOrAnswersMinusOne() {
        for (List<Object> list : List.<List<Object>>of(new ArrayList<>(), new LinkedList<>(),
                fresh(FreshRandomAccessList.class), fresh(FreshLinkedList.class))) {
            assertThat(Links.indexOfSame(list, first)).isEqualTo(-1);
            list.add(first);
            list.add(twin);
            assertThat(Links.indexOfSame(list, first)).isEqualTo(0);
            assertThat(Links.indexOfSame(list, twin)).isEqualTo(1);
            assertThat(Links.indexOfSame(list, third)).isEqualTo(-1);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T fresh(Class<?> template) {
        return (T) Fresh.copyOf(template).create(Object.class);
    }
}
