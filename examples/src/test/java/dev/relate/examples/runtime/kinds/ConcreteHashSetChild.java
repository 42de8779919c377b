package dev.relate.examples.runtime.kinds;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The "many" side of ConcreteHashSetParent.children. */
class ConcreteHashSetChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    ConcreteHashSetParent parent;
}
