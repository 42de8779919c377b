package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The "one" side of a {@code NavigableSet} end of {@code Comparable} elements. */
class NavigableSetParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    NavigableSet<NavigableSetChild> children = new TreeSet<>();
}
