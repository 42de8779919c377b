package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of TreeSetParent.children. */
class TreeSetChild extends Entity implements Comparable<TreeSetChild> {
    @ManyToOneRel(backPopulates = "children")
    TreeSetParent parent;

    @Override
    public int compareTo(TreeSetChild other) {
        return Integer.compare(id, other.id);
    }
}
