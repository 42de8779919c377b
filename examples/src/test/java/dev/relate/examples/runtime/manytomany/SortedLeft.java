package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The left side of a sorted many-to-many: a {@code NavigableSet} of {@code Comparable} elements (ids ascending). */
class SortedLeft extends Entity implements Comparable<SortedLeft> {
    @ManyToManyRel(secondary = "mm_kind_sorted", backPopulates = "lefts")
    NavigableSet<SortedRight> rights = new TreeSet<>();

    @Override
    public int compareTo(SortedLeft other) {
        return Integer.compare(id, other.id);
    }
}
