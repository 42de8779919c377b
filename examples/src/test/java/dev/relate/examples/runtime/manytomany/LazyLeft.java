package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;

/**
 * Many-to-many ends left null, on both sides, for relate to create on the first link. {@code strict}
 * holds elements that are not {@code Comparable}: relate cannot know a comparator, so it cannot create
 * that one.
 */
class LazyLeft extends Entity {
    @ManyToManyRel(secondary = "mm_lazy_set", backPopulates = "setIn")
    Set<LazyRight> set;

    @ManyToManyRel(secondary = "mm_lazy_sorted", backPopulates = "sortedIn")
    SortedSet<LazyRight> sorted;

    @ManyToManyRel(secondary = "mm_lazy_navigable", backref = "navigableIn")
    NavigableSet<LazyRight> navigable;

    @ManyToManyRel(secondary = "mm_lazy_strict", backPopulates = "lefts")
    SortedSet<Plain> strict;
}
