package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element that is not {@code Comparable}. */
class Plain extends Entity {
    @ManyToOneRel(backPopulates = "sorted")
    StrictParent sortedIn;

    @ManyToOneRel(backPopulates = "navigable")
    StrictParent navigableIn;

    @ManyToOneRel(backPopulates = "tree")
    StrictParent treeIn;
}
