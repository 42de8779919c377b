package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of NavigableSetParent.children. */
class NavigableSetChild extends Entity implements Comparable<NavigableSetChild> {
    @ManyToOneRel(backPopulates = "children")
    NavigableSetParent parent;

    @Override
    public int compareTo(NavigableSetChild other) {
        return Integer.compare(id, other.id);
    }
}
