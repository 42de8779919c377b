package dev.relate.examples.runtime.nullfield;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A collection field left null: reads see an empty collection and never create it; the first add
 * on any path creates it (of the declared type, or its default implementation); a field relate
 * cannot create fails with {@link IllegalStateException} saying what to do, and changes nothing.
 */
class NullCollectionFieldTest {

    @Test
    void readsAndRemovalsOfANullListSeeItEmptyAndLeaveItNull() {
        LazyParent p = new LazyParent();
        ListItem stranger = new ListItem();
        List<ListItem> view = LazyParentRelations.list(p);
        assertThat(view).isEmpty();
        assertThat(view.size()).isEqualTo(0);
        assertThat(view.contains(stranger)).isFalse();
        assertThat(view.indexOf(stranger)).isEqualTo(-1);
        assertThat(view.iterator().hasNext()).isFalse();
        assertThat(view.listIterator().hasPrevious()).isFalse();
        assertThat(view.toArray()).isEmpty();
        assertThat(view.toArray(new ListItem[0])).isEmpty();
        assertThat(view.subList(0, 0)).isEmpty();
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> view.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> view.set(0, stranger));
        assertThrows(IndexOutOfBoundsException.class, () -> view.listIterator(1));
        assertThrows(IllegalStateException.class, () -> view.listIterator().remove());
        assertThat(view.remove(stranger)).isFalse();
        assertThat(view.removeIf(item -> true)).isFalse();
        assertThat(view.removeAll(List.of(stranger))).isFalse();
        assertThat(view.retainAll(List.of())).isFalse();
        view.clear();
        view.sort(null);
        view.replaceAll(item -> item);
        assertThat(LazyParentRelations.removeFromList(p, stranger)).isFalse();
        LazyParentRelations.setList(p, Collections.<ListItem>emptyList());
        assertThat(p.list).isNull();
        assertThat(stranger.parent).isNull();
    }

    /** Each way of adding to a list end, to be applied to a parent whose field is null. */
    private static List<BiConsumer<LazyParent, ListItem>> listAdds() {
        List<BiConsumer<LazyParent, ListItem>> adds = new ArrayList<>();
        adds.add((p, item) -> ListItemRelations.setParent(item, p));
        adds.add((p, item) -> LazyParentRelations.addToList(p, item));
        adds.add((p, item) -> LazyParentRelations.list(p).add(item));
        adds.add((p, item) -> LazyParentRelations.list(p).add(0, item));
        adds.add((p, item) -> LazyParentRelations.list(p).addAll(List.of(item)));
        adds.add((p, item) -> LazyParentRelations.list(p).addAll(0, List.of(item)));
        adds.add((p, item) -> LazyParentRelations.list(p).listIterator().add(item));
        adds.add((p, item) -> LazyParentRelations.list(p).subList(0, 0).add(item));
        adds.add((p, item) -> LazyParentRelations.setList(p, List.of(item)));
        return adds;
    }

    @Test
    void everyAddPathCreatesANullListAsAnArrayList() {
        List<BiConsumer<LazyParent, ListItem>> adds = listAdds();
        for (int i = 0; i < adds.size(); i++) {
            LazyParent p = new LazyParent();
            LazyParent previous = new LazyParent();
            ListItem item = new ListItem();
            ListItemRelations.setParent(item, previous);
            adds.get(i).accept(p, item);
            assertThat(p.list).isInstanceOf(ArrayList.class);
            assertThat(p.list).containsExactly(item);
            assertThat(item.parent).isSameInstanceAs(p);
            assertThat(previous.list).isEmpty();
            Invariants.assertOneToMany("add path " + i, List.of(p, previous), List.of(item), parent -> parent.list,
                    child -> child.parent);
        }
    }

    @Test
    void aListIteratorOfANullListCanAddSeveral() {
        LazyParent p = new LazyParent();
        ListItem a = new ListItem();
        ListItem b = new ListItem();
        ListIterator<ListItem> it = LazyParentRelations.list(p).listIterator();
        it.add(a);
        it.add(b);
        assertThat(p.list).containsExactly(a, b).inOrder();
        assertThat(a.parent).isSameInstanceAs(p);
        assertThat(b.parent).isSameInstanceAs(p);
        assertThat(it.hasPrevious()).isTrue();
        assertThat(it.previous()).isSameInstanceAs(b);
        it.remove();
        assertThat(b.parent).isNull();
        assertThat(p.list).containsExactly(a);
    }

    @Test
    void replacingANullListWithNothingLeavesItNull() {
        LazyParent p = new LazyParent();
        LazyParentRelations.setList(p, List.of());
        assertThat(p.list).isNull();
    }

    @Test
    void aNullSetIsCreatedAsALinkedHashSet() {
        LazyParent p = new LazyParent();
        assertThat(LazyParentRelations.set(p)).isEmpty();
        assertThat(LazyParentRelations.set(p).remove(new SetItem())).isFalse();
        assertThat(p.set).isNull();
        SetItem a = new SetItem();
        SetItem b = new SetItem();
        SetItemRelations.setParent(b, p);
        LazyParentRelations.set(p).add(a);
        assertThat(p.set).isInstanceOf(LinkedHashSet.class);
        assertThat(new ArrayList<>(p.set)).containsExactly(b, a).inOrder();
        assertThat(a.parent).isSameInstanceAs(p);
    }

    @Test
    void aNullCollectionIsCreatedAsAnArrayList() {
        LazyParent p = new LazyParent();
        CollectionItem a = new CollectionItem();
        assertThat(LazyParentRelations.collection(p).addAll(List.of(a))).isTrue();
        assertThat(p.collection).isInstanceOf(ArrayList.class);
        assertThat(a.parent).isSameInstanceAs(p);
    }

    @Test
    void aNullLinkedListIsCreatedAsALinkedList() {
        LazyParent p = new LazyParent();
        LinkedItem a = new LinkedItem();
        LinkedItemRelations.setParent(a, p);
        assertThat(p.linked).isInstanceOf(LinkedList.class);
        assertThat(p.linked).containsExactly(a);
    }

    @Test
    void aNullSortedSetOfComparableElementsIsCreatedAsATreeSet() {
        LazyParent p = new LazyParent();
        SortedItem a = new SortedItem();
        SortedItem b = new SortedItem();
        assertThrows(NoSuchElementException.class, () -> LazyParentRelations.sorted(p).first());
        assertThat(LazyParentRelations.sorted(p).headSet(b)).isEmpty();
        assertThat(LazyParentRelations.sorted(p).comparator()).isNull();
        assertThat(p.sorted).isNull();
        SortedItemRelations.setSortedIn(b, p);
        LazyParentRelations.addToSorted(p, a);
        assertThat(p.sorted).isInstanceOf(TreeSet.class);
        assertThat(new ArrayList<>(p.sorted)).containsExactly(a, b).inOrder();
    }

    @Test
    void aRangeOfANullNavigableSetCreatesItOnAdd() {
        LazyParent p = new LazyParent();
        SortedItem a = new SortedItem();
        SortedItem b = new SortedItem();
        assertThat(LazyParentRelations.navigable(p).pollFirst()).isNull();
        assertThat(LazyParentRelations.navigable(p).descendingSet()).isEmpty();
        assertThat(p.navigable).isNull();
        assertThat(LazyParentRelations.navigable(p).headSet(b, false).add(a)).isTrue();
        assertThat(p.navigable).isInstanceOf(TreeSet.class);
        assertThat(p.navigable).containsExactly(a);
        assertThat(a.navigableIn).isSameInstanceAs(p);
        assertThat(a.sortedIn).isNull();
    }

    @Test
    void aNullSortedSetOfElementsThatAreNotComparableCannotBeCreated() {
        StrictParent ready = new StrictParent();
        ready.sorted = new TreeSet<>((x, y) -> Integer.compare(x.id, y.id));
        Plain plain = new Plain();
        PlainRelations.setSortedIn(plain, ready);
        StrictParent unready = new StrictParent();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PlainRelations.setSortedIn(plain, unready));
        assertThat(e).hasMessageThat().contains("StrictParent.sorted is null");
        assertThat(e).hasMessageThat().contains("initialize the field");
        assertThrows(IllegalStateException.class, () -> StrictParentRelations.addToSorted(unready, plain));
        assertThrows(IllegalStateException.class, () -> StrictParentRelations.sorted(unready).add(plain));
        assertThrows(IllegalStateException.class, () -> StrictParentRelations.setSorted(unready, List.of(plain)));
        assertThat(unready.sorted).isNull();
        assertThat(plain.sortedIn).isSameInstanceAs(ready);
        assertThat(ready.sorted).containsExactly(plain);
        // reads and removals are fine
        assertThat(StrictParentRelations.sorted(unready)).isEmpty();
        assertThat(StrictParentRelations.removeFromSorted(unready, plain)).isFalse();
        StrictParentRelations.setSorted(unready, List.of());
        assertThat(unready.sorted).isNull();
    }

    @Test
    void aNullNavigableSetOfElementsThatAreNotComparableCannotBeCreated() {
        StrictParent unready = new StrictParent();
        Plain plain = new Plain();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StrictParentRelations.navigable(unready).add(plain));
        assertThat(e).hasMessageThat().contains("StrictParent.navigable");
        assertThrows(IllegalStateException.class, () -> PlainRelations.setNavigableIn(plain, unready));
        assertThat(unready.navigable).isNull();
        assertThat(plain.navigableIn).isNull();
    }

    @Test
    void aNullTreeSetOfElementsThatAreNotComparableCannotBeCreated() {
        StrictParent unready = new StrictParent();
        Plain plain = new Plain();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PlainRelations.setTreeIn(plain, unready));
        assertThat(e).hasMessageThat().contains("StrictParent.tree");
        assertThat(unready.tree).isNull();
        assertThat(plain.treeIn).isNull();
    }

    @Test
    void aNullTreeSetOfElementsThatAreNotComparableNeverLeavesTheEndsDisagreeing() {
        // a failed move leaves the child with its old parent and the unready parent without it
        StrictParent unready = new StrictParent();
        StrictParent ready = new StrictParent();
        ready.tree = new TreeSet<>((x, y) -> Integer.compare(x.id, y.id));
        Plain plain = new Plain();
        PlainRelations.setTreeIn(plain, ready);
        assertThrows(RuntimeException.class, () -> PlainRelations.setTreeIn(plain, unready));
        assertThat(plain.treeIn).isSameInstanceAs(ready);
        assertThat(ready.tree).containsExactly(plain);
        assertThat(unready.tree == null || unready.tree.isEmpty()).isTrue();
    }

    @Test
    void aNullFieldWithAGetterButNoSetterCannotBeCreated() {
        ReadOnlyParent unready = new ReadOnlyParent();
        ReadOnlyItem item = new ReadOnlyItem();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReadOnlyItemRelations.setParent(item, unready));
        assertThat(e).hasMessageThat().contains("ReadOnlyParent.items is null");
        assertThat(unready.getItems()).isNull();
        assertThat(item.parent).isNull();
        assertThat(ReadOnlyParentRelations.items(unready)).isEmpty();

        ReadOnlyParent ready = new ReadOnlyParent();
        ready.initialize(new ArrayList<>());
        ReadOnlyParentRelations.addToItems(ready, item);
        assertThat(ready.getItems()).containsExactly(item);
        assertThat(item.parent).isSameInstanceAs(ready);
    }

    @Test
    void addingAtABadIndexToANullListLeavesTheFieldNull() {
        LazyParent p = new LazyParent();
        ListItem item = new ListItem();
        assertThrows(IndexOutOfBoundsException.class, () -> LazyParentRelations.list(p).add(1, item));
        assertThrows(IndexOutOfBoundsException.class,
                () -> LazyParentRelations.list(p).addAll(2, List.of(item)));
        assertThat(p.list).isNull();
        assertThat(item.parent).isNull();
        LazyParentRelations.list(p).add(0, item);
        assertThat(p.list).containsExactly(item);
        assertThat(item.parent).isSameInstanceAs(p);
    }
}
