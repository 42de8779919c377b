package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.TreeSet;

/** The "one" side of an end declared as the concrete {@code TreeSet} of {@code Comparable} elements. */
class TreeSetParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    TreeSet<TreeSetChild> children = new TreeSet<>();
}
