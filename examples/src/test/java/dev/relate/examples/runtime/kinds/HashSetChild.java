package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of HashSetParent.children. */
class HashSetChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    HashSetParent parent;
}
