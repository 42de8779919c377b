package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.SortedSet;
import java.util.TreeSet;

/** The "one" side of a {@code SortedSet} end of {@code Comparable} elements. */
class SortedSetParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    SortedSet<SortedSetChild> children = new TreeSet<>();
}
