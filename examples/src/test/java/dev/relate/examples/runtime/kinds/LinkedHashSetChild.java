package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of LinkedHashSetParent.children. */
class LinkedHashSetChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    LinkedHashSetParent parent;
}
