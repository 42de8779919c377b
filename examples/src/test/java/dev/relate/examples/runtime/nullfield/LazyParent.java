package dev.relate.examples.runtime.nullfield;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;

/** Collection ends left null: relate creates each on the first add. */
class LazyParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    List<ListItem> list;

    @OneToManyRel(backPopulates = "parent")
    Set<SetItem> set;

    @OneToManyRel(backPopulates = "sortedIn")
    SortedSet<SortedItem> sorted;

    @OneToManyRel(backPopulates = "navigableIn")
    NavigableSet<SortedItem> navigable;

    @OneToManyRel(backPopulates = "parent")
    Collection<CollectionItem> collection;

    @OneToManyRel(backPopulates = "parent")
    LinkedList<LinkedItem> linked;
}
