package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of ArrayListParent.children. */
class ArrayListChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    ArrayListParent parent;
}
