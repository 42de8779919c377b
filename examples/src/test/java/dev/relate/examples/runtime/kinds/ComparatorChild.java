package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of ComparatorParent.children. */
class ComparatorChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    ComparatorParent parent;
}
