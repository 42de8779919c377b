package dev.relate.examples.runtime.nullfield;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Sorted ends of elements that are not {@code Comparable}, left null: relate cannot know a
 * comparator, so it cannot create them.
 */
class StrictParent extends Entity {
    @OneToManyRel(backPopulates = "sortedIn")
    SortedSet<Plain> sorted;

    @OneToManyRel(backPopulates = "navigableIn")
    NavigableSet<Plain> navigable;

    @OneToManyRel(backPopulates = "treeIn")
    TreeSet<Plain> tree;
}
