package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The list view's bookkeeping: its sub lists fail fast after changes made through the list, which
 * needs every structural change to move the list's modification count forward (two changes must
 * never cancel out); null is refused by every way of putting an element at a position, before
 * anything changes, for a one-way end (which nothing else would stop) as for a one-to-many end; and an
 * iterator whose position the list lost to a change made elsewhere fails fast.
 */
class LiveListTest {
    private static final String NO_NULL = "[RelateNullElement] Holder.items cannot hold null";

    private final SideTableEnd<List<Object>> end = new SideTableEnd<>(ArrayList::new);
    private final Holder h = new Holder("h", new ArrayList<>());
    private final List<Object> view = Views.list(end, h);
    private final Item a = new Item("a");
    private final Item b = new Item("b");
    private final Item c = new Item("c");
    private final Item d = new Item("d");
    private final Item e = new Item("e");

    /**
     * Takes a sub list of [a, b, c], makes {@code change} and then {@code other} through the view, and
     * checks that the sub list noticed. A change that moved the count backwards would be cancelled by
     * the other, which moves it forward, and the stale sub list would go on as if nothing happened.
     */
    private void assertSubListFailsFastAfter(Consumer<List<Object>> change, Consumer<List<Object>> other) {
        view.addAll(List.of(a, b, c));
        List<Object> sub = view.subList(0, 2);
        assertThat(sub).containsExactly(a, b).inOrder();
        change.accept(view);
        other.accept(view);
        assertThrows(ConcurrentModificationException.class, sub::size);
        assertThrows(ConcurrentModificationException.class, () -> sub.get(0));
    }

    @Test
    void aSubListFailsFastAfterAnAdd() {
        assertSubListFailsFastAfter(list -> list.add(d), list -> list.remove(a));
    }

    @Test
    void aSubListFailsFastAfterAnAddAtAnIndex() {
        assertSubListFailsFastAfter(list -> list.add(0, d), list -> list.remove(a));
    }

    @Test
    void aSubListFailsFastAfterAnAddAllAtAnIndex() {
        assertSubListFailsFastAfter(list -> list.addAll(1, List.of(d, e)), list -> list.remove(a));
    }

    @Test
    void aSubListFailsFastAfterARemove() {
        assertSubListFailsFastAfter(list -> list.remove(a), list -> list.add(d));
    }

    @Test
    void aSubListFailsFastAfterARemoveAtAnIndex() {
        assertSubListFailsFastAfter(list -> list.remove(0), list -> list.add(d));
    }

    @Test
    void aSubListFailsFastAfterAClear() {
        assertSubListFailsFastAfter(List::clear, list -> list.add(d));
    }

    @Test
    void aSubListFailsFastAfterAnotherSubListIsCleared() {
        assertSubListFailsFastAfter(list -> list.subList(1, 3).clear(), list -> list.add(d));
    }

    @Test
    void aSubListFailsFastAfterARemoveIf() {
        assertSubListFailsFastAfter(list -> list.removeIf(x -> x == b), list -> list.add(d));
    }

    @Test
    void aSubListFailsFastAfterASort() {
        assertSubListFailsFastAfter(list -> list.sort(Comparator.comparing(Object::toString).reversed()),
                list -> list.add(d));
    }

    @Test
    void aSubListFailsFastAfterAReplaceAll() {
        assertSubListFailsFastAfter(list -> list.replaceAll(x -> x == a ? d : x), list -> list.add(e));
    }

    @Test
    void setRefusesNullBeforeAnythingChanges() {
        OneWayEnd<List<Object>> oneWay = new OneWayEnd<>(ArrayList::new);
        Holder owner = new Holder("owner", new ArrayList<>(List.of(a, b)));
        List<Object> oneWayView = Views.list(oneWay, owner);
        assertThat(assertThrows(NullPointerException.class, () -> oneWayView.set(0, null)))
                .hasMessageThat().isEqualTo(NO_NULL);
        assertThat(owner.items).containsExactly(a, b).inOrder();

        view.addAll(List.of(a, b));
        assertThat(assertThrows(NullPointerException.class, () -> view.set(1, null)))
                .hasMessageThat().isEqualTo(NO_NULL);
        assertThat(h.items).containsExactly(a, b).inOrder();
        assertThat(end.owner(b)).isSameInstanceAs(h);
    }

    @Test
    void replaceAllRefusesNullBeforeAnythingChanges() {
        view.addAll(List.of(a, b, c));
        // every element maps to null: null is reported, not as an element given twice
        assertThat(assertThrows(NullPointerException.class, () -> view.replaceAll(x -> null)))
                .hasMessageThat().isEqualTo(NO_NULL);
        assertThat(assertThrows(NullPointerException.class, () -> view.replaceAll(x -> x == c ? null : x)))
                .hasMessageThat().isEqualTo(NO_NULL);
        assertThat(h.items).containsExactly(a, b, c).inOrder();
        assertThat(end.owner(a)).isSameInstanceAs(h);
    }

    @Test
    void anIteratorsSetRefusesNullBeforeAnythingChanges() {
        OneWayEnd<List<Object>> oneWay = new OneWayEnd<>(ArrayList::new);
        Holder owner = new Holder("owner", new ArrayList<>(List.of(a, b)));
        ListIterator<Object> it = Views.list(oneWay, owner).listIterator();
        it.next();
        assertThat(assertThrows(NullPointerException.class, () -> it.set(null)))
                .hasMessageThat().isEqualTo(NO_NULL);
        assertThat(owner.items).containsExactly(a, b).inOrder();

        view.addAll(List.of(a, b));
        ListIterator<Object> linking = view.listIterator();
        linking.next();
        assertThat(assertThrows(NullPointerException.class, () -> linking.set(null)))
                .hasMessageThat().isEqualTo(NO_NULL);
        assertThat(h.items).containsExactly(a, b).inOrder();
        assertThat(end.owner(a)).isSameInstanceAs(h);
    }

    @Test
    void anIteratorFailsFastWhenTheElementItReturnedLastLeftTheListElsewhere() {
        view.add(a);
        ListIterator<Object> it = view.listIterator();
        assertThat(it.next()).isSameInstanceAs(a);
        end.remove(h, a); // not through the iterator: the list shrinks under it, to nothing at its position

        assertThrows(ConcurrentModificationException.class, it::remove);
        assertThrows(ConcurrentModificationException.class, () -> it.set(b));
        assertThat(h.items).isEmpty();
        assertThat(end.owner(b)).isNull();
        assertThat(end.owner(a)).isNull();
    }

    @Test
    void anIteratorFailsFastWhenTheLastOfSeveralElementsLeftTheListElsewhere() {
        view.addAll(List.of(a, b, c));
        ListIterator<Object> it = view.listIterator(2);
        assertThat(it.next()).isSameInstanceAs(c);
        view.remove(b); // position 2 is now past the end

        assertThrows(ConcurrentModificationException.class, it::remove);
        assertThrows(ConcurrentModificationException.class, () -> it.set(d));
        assertThat(h.items).containsExactly(a, c).inOrder();
        assertThat(end.owner(c)).isSameInstanceAs(h);
        assertThat(end.owner(d)).isNull();
    }
}
