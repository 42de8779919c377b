package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CollectionEnd}'s own checks and shortcuts: a null owner is reported by the end's name before
 * anything is read; removing from an owner without a collection, or removing an object equal to a
 * member but not a member, changes nothing; and replacing a collection with the elements it already
 * holds, in their order, does not touch it.
 */
class CollectionEndTest {
    private static final String NULL_OWNER = "[RelateNullArgument] the owner passed for Holder.items is null";

    private final SideTableEnd<List<Object>> end = new SideTableEnd<>(ArrayList::new);
    private final Holder h = new Holder("h", new ArrayList<>());
    private final Item a = new Item("a");
    private final Item b = new Item("b");

    @Test
    void aNullOwnerIsReportedByTheEndsName() {
        assertThat(assertThrows(NullPointerException.class, () -> end.clear(null)))
                .hasMessageThat().isEqualTo(NULL_OWNER);
        assertThat(assertThrows(NullPointerException.class, () -> end.remove(null, a)))
                .hasMessageThat().isEqualTo(NULL_OWNER);
        assertThat(assertThrows(NullPointerException.class, () -> end.remove(null, null)))
                .hasMessageThat().isEqualTo(NULL_OWNER);
        assertThat(assertThrows(NullPointerException.class, () -> end.add(null, a)))
                .hasMessageThat().isEqualTo(NULL_OWNER);
        assertThat(assertThrows(NullPointerException.class, () -> end.replace(null, List.of(a))))
                .hasMessageThat().isEqualTo(NULL_OWNER);
        assertThat(end.owner(a)).isNull();
    }

    @Test
    void removingFromAnOwnerWithoutACollectionRemovesNothing() {
        for (SideTableEnd<?> kind : List.of(end, new SideTableEnd<Set<Object>>(HashSet::new))) {
            Holder empty = new Holder("empty", null);
            assertThat(kind.remove(empty, a)).isFalse();
            assertThat(kind.remove(empty, null)).isFalse();
            assertThat(empty.items).isNull();
        }
    }

    @Test
    void removingAnObjectEqualToAListMemberRemovesNothing() {
        Keyed first = new Keyed("k", "first");
        Keyed twin = new Keyed("k", "twin");
        end.add(h, first);

        assertThat(end.remove(h, twin)).isFalse();
        assertThat(h.items).hasSize(1);
        assertThat(h.items.iterator().next()).isSameInstanceAs(first);
        assertThat(end.owner(first)).isSameInstanceAs(h);
    }

    @Test
    void removingTheLaterOfTwoEqualListMembersRemovesItself() {
        Keyed first = new Keyed("k", "first");
        Keyed twin = new Keyed("k", "twin");
        end.add(h, first);
        end.add(h, twin);

        assertThat(end.remove(h, twin)).isTrue();
        assertThat(h.items).hasSize(1);
        assertThat(h.items.iterator().next()).isSameInstanceAs(first);
        assertThat(end.owner(first)).isSameInstanceAs(h);
        assertThat(end.owner(twin)).isNull();
    }

    @Test
    void replacingWithTheElementsHeldInTheirOrderDoesNotTouchTheCollection() {
        end.add(h, a);
        end.add(h, b);
        Iterator<Object> walking = h.items.iterator();
        assertThat(walking.next()).isSameInstanceAs(a);

        end.replace(h, List.of(a, b));
        // not even rewritten with the same elements: an iteration of the field goes on
        assertThat(walking.next()).isSameInstanceAs(b);
        assertThat(h.items).containsExactly(a, b).inOrder();
        assertThat(end.owner(a)).isSameInstanceAs(h);
        assertThat(end.owner(b)).isSameInstanceAs(h);

        end.replace(h, List.of(b, a));
        assertThat(h.items).containsExactly(b, a).inOrder();
    }
}
