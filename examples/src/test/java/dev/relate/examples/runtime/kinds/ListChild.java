package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of ListParent.children. */
class ListChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    ListParent parent;
}
