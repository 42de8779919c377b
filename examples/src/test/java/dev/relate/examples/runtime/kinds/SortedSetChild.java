package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of SortedSetParent.children. */
class SortedSetChild extends Entity implements Comparable<SortedSetChild> {
    @ManyToOneRel(backPopulates = "children")
    SortedSetParent parent;

    @Override
    public int compareTo(SortedSetChild other) {
        return Integer.compare(id, other.id);
    }
}
