package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

/** The right side of {@code SortedLeft.rights}: a {@code SortedSet} whose comparator orders ids descending. */
class SortedRight extends Entity implements Comparable<SortedRight> {
    static final Comparator<SortedLeft> DESCENDING = Comparator.comparingInt((SortedLeft left) -> left.id).reversed();

    @ManyToManyRel(secondary = "mm_kind_sorted", backPopulates = "rights")
    SortedSet<SortedLeft> lefts = new TreeSet<>(DESCENDING);

    @Override
    public int compareTo(SortedRight other) {
        return Integer.compare(id, other.id);
    }
}
