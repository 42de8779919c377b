package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code toArray(T[])} of a collection view follows {@link Collection#toArray(Object[])} when the
 * owner's field is null: the array given is returned, and if it has room, the slot after the last
 * element (the first) is set to null, the rest left as they were.
 */
class LiveCollectionToArrayTest {
    private final OneWayEnd<Collection<Object>> end = new OneWayEnd<>(ArrayList::new);
    private final Holder h = new Holder("h", null);

    @Test
    void anEmptyArrayIsReturnedAsItIs() {
        String[] none = new String[0];
        assertThat(Views.collection(end, h).toArray(none)).isSameInstanceAs(none);
    }

    @Test
    void theSlotAfterTheLastOfNoElementsIsCleared() {
        String[] one = {"x"};
        assertThat(Views.collection(end, h).toArray(one)).isSameInstanceAs(one);
        assertThat(one).asList().containsExactly((Object) null);

        String[] three = {"x", "y", "z"};
        assertThat(Views.collection(end, h).toArray(three)).isSameInstanceAs(three);
        assertThat(three).asList().containsExactly(null, "y", "z").inOrder();
    }

    @Test
    void aViewOfACollectionFillsTheArrayAsTheCollectionDoes() {
        Item a = new Item("a");
        end.add(h, a);
        Object[] two = {"x", "y"};
        assertThat(Views.collection(end, h).toArray(two)).isSameInstanceAs(two);
        assertThat(two).asList().containsExactly(a, null).inOrder();
        assertThat(Views.collection(end, h).toArray(new Object[0])).asList().containsExactly(a);
        assertThat(Views.set(new OneWayEnd<HashSet<Object>>(null), new Holder("none", null)).toArray(new Item[1]))
                .asList().containsExactly((Object) null);
        assertThat(h.items).isEqualTo(List.of(a));
    }
}
