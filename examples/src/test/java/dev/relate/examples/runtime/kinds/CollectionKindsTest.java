package dev.relate.examples.runtime.kinds;

import static com.google.common.truth.Truth.assertThat;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One-to-many with backPopulates on every kind of collection end: each nested class runs the
 * contract for its kind ({@link OneToManyContract}, and {@link ListContract}, {@link SortedSetContract}
 * or {@link NavigableSetContract} where the view has more to offer) through the generated helpers.
 */
class CollectionKindsTest {

    @Test
    void viewsHaveTheTypeOfTheirField() {
        // the static types are checked by the compiler in the nested classes; these are the runtime ones
        assertThat(ListParentRelations.children(new ListParent())).isInstanceOf(List.class);
        assertThat(ArrayListParentRelations.children(new ArrayListParent())).isInstanceOf(List.class);
        assertThat(LinkedListParentRelations.children(new LinkedListParent())).isInstanceOf(List.class);
        assertThat(LinkedHashSetParentRelations.children(new LinkedHashSetParent())).isInstanceOf(Set.class);
        assertThat(HashSetParentRelations.children(new HashSetParent())).isInstanceOf(Set.class);
        assertThat(ConcreteHashSetParentRelations.children(new ConcreteHashSetParent())).isInstanceOf(Set.class);
        assertThat(SortedSetParentRelations.children(new SortedSetParent())).isInstanceOf(SortedSet.class);
        assertThat(NavigableSetParentRelations.children(new NavigableSetParent())).isInstanceOf(NavigableSet.class);
        assertThat(TreeSetParentRelations.children(new TreeSetParent())).isInstanceOf(NavigableSet.class);
        assertThat(ComparatorParentRelations.children(new ComparatorParent())).isInstanceOf(NavigableSet.class);
        assertThat(CollectionParentRelations.children(new CollectionParent())).isNotInstanceOf(Set.class);
        assertThat(CollectionParentRelations.children(new CollectionParent())).isNotInstanceOf(List.class);
    }

    @Test
    void setViewsCompareAsSets() {
        LinkedHashSetParent parent = new LinkedHashSetParent();
        LinkedHashSetChild a = new LinkedHashSetChild();
        LinkedHashSetChild b = new LinkedHashSetChild();
        LinkedHashSetParentRelations.setChildren(parent, List.of(a, b));
        Set<LinkedHashSetChild> view = LinkedHashSetParentRelations.children(parent);
        assertThat(view).isEqualTo(Set.of(b, a));
        assertThat(view.hashCode()).isEqualTo(Set.of(a, b).hashCode());
        assertThat(view.equals(List.of(a, b))).isFalse();
        assertThat(view.equals(Set.of(a))).isFalse();
    }

    @Test
    void setViewsOfEqualContentsOfDifferentParentsAreEqualOnlyWhenEmpty() {
        HashSetParent one = new HashSetParent();
        HashSetParent two = new HashSetParent();
        assertThat(HashSetParentRelations.children(one)).isEqualTo(HashSetParentRelations.children(two));
        HashSetParentRelations.addToChildren(one, new HashSetChild());
        assertThat(HashSetParentRelations.children(one)).isNotEqualTo(HashSetParentRelations.children(two));
    }

    /** a List end holding an ArrayList. */
    @Nested
    class ListKind extends ListContract<ListParent, ListChild> {
        @Override
        ListParent newParent() {
            return new ListParent();
        }

        @Override
        ListChild newChild() {
            return new ListChild();
        }

        @Override
        List<ListChild> view(ListParent parent) {
            return ListParentRelations.children(parent);
        }

        @Override
        List<ListChild> field(ListParent parent) {
            return parent.children;
        }

        @Override
        ListParent parentOf(ListChild child) {
            return child.parent;
        }

        @Override
        void setParent(ListChild child, ListParent parent) {
            ListChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(ListParent parent, ListChild child) {
            return ListParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(ListParent parent, ListChild child) {
            return ListParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(ListParent parent, Collection<? extends ListChild> children) {
            ListParentRelations.setChildren(parent, children);
        }
    }

    /** an end declared as ArrayList. */
    @Nested
    class ArrayListKind extends ListContract<ArrayListParent, ArrayListChild> {
        @Override
        ArrayListParent newParent() {
            return new ArrayListParent();
        }

        @Override
        ArrayListChild newChild() {
            return new ArrayListChild();
        }

        @Override
        List<ArrayListChild> view(ArrayListParent parent) {
            return ArrayListParentRelations.children(parent);
        }

        @Override
        List<ArrayListChild> field(ArrayListParent parent) {
            return parent.children;
        }

        @Override
        ArrayListParent parentOf(ArrayListChild child) {
            return child.parent;
        }

        @Override
        void setParent(ArrayListChild child, ArrayListParent parent) {
            ArrayListChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(ArrayListParent parent, ArrayListChild child) {
            return ArrayListParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(ArrayListParent parent, ArrayListChild child) {
            return ArrayListParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(ArrayListParent parent, Collection<? extends ArrayListChild> children) {
            ArrayListParentRelations.setChildren(parent, children);
        }
    }

    /** an end declared as LinkedList (not RandomAccess). */
    @Nested
    class LinkedListKind extends ListContract<LinkedListParent, LinkedListChild> {
        @Override
        LinkedListParent newParent() {
            return new LinkedListParent();
        }

        @Override
        LinkedListChild newChild() {
            return new LinkedListChild();
        }

        @Override
        List<LinkedListChild> view(LinkedListParent parent) {
            return LinkedListParentRelations.children(parent);
        }

        @Override
        List<LinkedListChild> field(LinkedListParent parent) {
            return parent.children;
        }

        @Override
        LinkedListParent parentOf(LinkedListChild child) {
            return child.parent;
        }

        @Override
        void setParent(LinkedListChild child, LinkedListParent parent) {
            LinkedListChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(LinkedListParent parent, LinkedListChild child) {
            return LinkedListParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(LinkedListParent parent, LinkedListChild child) {
            return LinkedListParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(LinkedListParent parent, Collection<? extends LinkedListChild> children) {
            LinkedListParentRelations.setChildren(parent, children);
        }
    }

    /** a Set end holding a LinkedHashSet. */
    @Nested
    class LinkedHashSetKind extends OneToManyContract<LinkedHashSetParent, LinkedHashSetChild> {
        @Override
        LinkedHashSetParent newParent() {
            return new LinkedHashSetParent();
        }

        @Override
        LinkedHashSetChild newChild() {
            return new LinkedHashSetChild();
        }

        @Override
        Collection<LinkedHashSetChild> view(LinkedHashSetParent parent) {
            return LinkedHashSetParentRelations.children(parent);
        }

        @Override
        Collection<LinkedHashSetChild> field(LinkedHashSetParent parent) {
            return parent.children;
        }

        @Override
        LinkedHashSetParent parentOf(LinkedHashSetChild child) {
            return child.parent;
        }

        @Override
        void setParent(LinkedHashSetChild child, LinkedHashSetParent parent) {
            LinkedHashSetChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(LinkedHashSetParent parent, LinkedHashSetChild child) {
            return LinkedHashSetParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(LinkedHashSetParent parent, LinkedHashSetChild child) {
            return LinkedHashSetParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(LinkedHashSetParent parent, Collection<? extends LinkedHashSetChild> children) {
            LinkedHashSetParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super LinkedHashSetChild> sortedBy() {
            return null;
        }

        @Override
        boolean keepsInsertionOrder() {
            return true;
        }
    }

    /** a Set end holding a HashSet. */
    @Nested
    class HashSetKind extends OneToManyContract<HashSetParent, HashSetChild> {
        @Override
        HashSetParent newParent() {
            return new HashSetParent();
        }

        @Override
        HashSetChild newChild() {
            return new HashSetChild();
        }

        @Override
        Collection<HashSetChild> view(HashSetParent parent) {
            return HashSetParentRelations.children(parent);
        }

        @Override
        Collection<HashSetChild> field(HashSetParent parent) {
            return parent.children;
        }

        @Override
        HashSetParent parentOf(HashSetChild child) {
            return child.parent;
        }

        @Override
        void setParent(HashSetChild child, HashSetParent parent) {
            HashSetChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(HashSetParent parent, HashSetChild child) {
            return HashSetParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(HashSetParent parent, HashSetChild child) {
            return HashSetParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(HashSetParent parent, Collection<? extends HashSetChild> children) {
            HashSetParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super HashSetChild> sortedBy() {
            return null;
        }

        @Override
        boolean keepsInsertionOrder() {
            return false;
        }
    }

    /** an end declared as HashSet. */
    @Nested
    class ConcreteHashSetKind extends OneToManyContract<ConcreteHashSetParent, ConcreteHashSetChild> {
        @Override
        ConcreteHashSetParent newParent() {
            return new ConcreteHashSetParent();
        }

        @Override
        ConcreteHashSetChild newChild() {
            return new ConcreteHashSetChild();
        }

        @Override
        Collection<ConcreteHashSetChild> view(ConcreteHashSetParent parent) {
            return ConcreteHashSetParentRelations.children(parent);
        }

        @Override
        Collection<ConcreteHashSetChild> field(ConcreteHashSetParent parent) {
            return parent.children;
        }

        @Override
        ConcreteHashSetParent parentOf(ConcreteHashSetChild child) {
            return child.parent;
        }

        @Override
        void setParent(ConcreteHashSetChild child, ConcreteHashSetParent parent) {
            ConcreteHashSetChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(ConcreteHashSetParent parent, ConcreteHashSetChild child) {
            return ConcreteHashSetParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(ConcreteHashSetParent parent, ConcreteHashSetChild child) {
            return ConcreteHashSetParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(ConcreteHashSetParent parent, Collection<? extends ConcreteHashSetChild> children) {
            ConcreteHashSetParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super ConcreteHashSetChild> sortedBy() {
            return null;
        }

        @Override
        boolean keepsInsertionOrder() {
            return false;
        }
    }

    /** a Collection end holding an ArrayList. */
    @Nested
    class CollectionKind extends OneToManyContract<CollectionParent, CollectionChild> {
        @Override
        CollectionParent newParent() {
            return new CollectionParent();
        }

        @Override
        CollectionChild newChild() {
            return new CollectionChild();
        }

        @Override
        Collection<CollectionChild> view(CollectionParent parent) {
            return CollectionParentRelations.children(parent);
        }

        @Override
        Collection<CollectionChild> field(CollectionParent parent) {
            return parent.children;
        }

        @Override
        CollectionParent parentOf(CollectionChild child) {
            return child.parent;
        }

        @Override
        void setParent(CollectionChild child, CollectionParent parent) {
            CollectionChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(CollectionParent parent, CollectionChild child) {
            return CollectionParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(CollectionParent parent, CollectionChild child) {
            return CollectionParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(CollectionParent parent, Collection<? extends CollectionChild> children) {
            CollectionParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super CollectionChild> sortedBy() {
            return null;
        }

        @Override
        boolean keepsInsertionOrder() {
            return true;
        }
    }

    /** a SortedSet end of Comparable elements. */
    @Nested
    class SortedSetKind extends SortedSetContract<SortedSetParent, SortedSetChild> {
        @Override
        SortedSetParent newParent() {
            return new SortedSetParent();
        }

        @Override
        SortedSetChild newChild() {
            return new SortedSetChild();
        }

        @Override
        SortedSet<SortedSetChild> view(SortedSetParent parent) {
            return SortedSetParentRelations.children(parent);
        }

        @Override
        SortedSet<SortedSetChild> field(SortedSetParent parent) {
            return parent.children;
        }

        @Override
        SortedSetParent parentOf(SortedSetChild child) {
            return child.parent;
        }

        @Override
        void setParent(SortedSetChild child, SortedSetParent parent) {
            SortedSetChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(SortedSetParent parent, SortedSetChild child) {
            return SortedSetParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(SortedSetParent parent, SortedSetChild child) {
            return SortedSetParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(SortedSetParent parent, Collection<? extends SortedSetChild> children) {
            SortedSetParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super SortedSetChild> sortedBy() {
            return Comparator.naturalOrder();
        }
    }

    /** a NavigableSet end of Comparable elements. */
    @Nested
    class NavigableSetKind extends NavigableSetContract<NavigableSetParent, NavigableSetChild> {
        @Override
        NavigableSetParent newParent() {
            return new NavigableSetParent();
        }

        @Override
        NavigableSetChild newChild() {
            return new NavigableSetChild();
        }

        @Override
        NavigableSet<NavigableSetChild> view(NavigableSetParent parent) {
            return NavigableSetParentRelations.children(parent);
        }

        @Override
        NavigableSet<NavigableSetChild> field(NavigableSetParent parent) {
            return parent.children;
        }

        @Override
        NavigableSetParent parentOf(NavigableSetChild child) {
            return child.parent;
        }

        @Override
        void setParent(NavigableSetChild child, NavigableSetParent parent) {
            NavigableSetChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(NavigableSetParent parent, NavigableSetChild child) {
            return NavigableSetParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(NavigableSetParent parent, NavigableSetChild child) {
            return NavigableSetParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(NavigableSetParent parent, Collection<? extends NavigableSetChild> children) {
            NavigableSetParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super NavigableSetChild> sortedBy() {
            return Comparator.naturalOrder();
        }
    }

    /** an end declared as TreeSet of Comparable elements. */
    @Nested
    class TreeSetKind extends NavigableSetContract<TreeSetParent, TreeSetChild> {
        @Override
        TreeSetParent newParent() {
            return new TreeSetParent();
        }

        @Override
        TreeSetChild newChild() {
            return new TreeSetChild();
        }

        @Override
        NavigableSet<TreeSetChild> view(TreeSetParent parent) {
            return TreeSetParentRelations.children(parent);
        }

        @Override
        NavigableSet<TreeSetChild> field(TreeSetParent parent) {
            return parent.children;
        }

        @Override
        TreeSetParent parentOf(TreeSetChild child) {
            return child.parent;
        }

        @Override
        void setParent(TreeSetChild child, TreeSetParent parent) {
            TreeSetChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(TreeSetParent parent, TreeSetChild child) {
            return TreeSetParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(TreeSetParent parent, TreeSetChild child) {
            return TreeSetParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(TreeSetParent parent, Collection<? extends TreeSetChild> children) {
            TreeSetParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super TreeSetChild> sortedBy() {
            return Comparator.naturalOrder();
        }
    }

    /** a NavigableSet end whose TreeSet has a comparator set in the field. */
    @Nested
    class ComparatorKind extends NavigableSetContract<ComparatorParent, ComparatorChild> {
        @Override
        ComparatorParent newParent() {
            return new ComparatorParent();
        }

        @Override
        ComparatorChild newChild() {
            return new ComparatorChild();
        }

        @Override
        NavigableSet<ComparatorChild> view(ComparatorParent parent) {
            return ComparatorParentRelations.children(parent);
        }

        @Override
        NavigableSet<ComparatorChild> field(ComparatorParent parent) {
            return parent.children;
        }

        @Override
        ComparatorParent parentOf(ComparatorChild child) {
            return child.parent;
        }

        @Override
        void setParent(ComparatorChild child, ComparatorParent parent) {
            ComparatorChildRelations.setParent(child, parent);
        }

        @Override
        boolean addTo(ComparatorParent parent, ComparatorChild child) {
            return ComparatorParentRelations.addToChildren(parent, child);
        }

        @Override
        boolean removeFrom(ComparatorParent parent, ComparatorChild child) {
            return ComparatorParentRelations.removeFromChildren(parent, child);
        }

        @Override
        void setAll(ComparatorParent parent, Collection<? extends ComparatorChild> children) {
            ComparatorParentRelations.setChildren(parent, children);
        }

        @Override
        Comparator<? super ComparatorChild> sortedBy() {
            return Comparator.comparingInt((ComparatorChild child) -> child.id).reversed();
        }
    }
}
