package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of CollectionParent.children. */
class CollectionChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    CollectionParent parent;
}
