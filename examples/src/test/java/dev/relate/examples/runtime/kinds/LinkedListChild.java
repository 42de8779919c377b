package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of LinkedListParent.children. */
class LinkedListChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    LinkedListParent parent;
}
