package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** A {@code Comparable} element of {@code LazyParent.sorted} and {@code LazyParent.navigable}. */
class SortedItem extends Entity implements Comparable<SortedItem> {
    @ManyToOneRel(backPopulates = "sorted")
    LazyParent sortedIn;

    @ManyToOneRel(backPopulates = "navigable")
    LazyParent navigableIn;

    @Override
    public int compareTo(SortedItem other) {
        return Integer.compare(id, other.id);
    }
}
