package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;

/** The "one" side of an end declared as the concrete {@code HashSet}. */
class ConcreteHashSetParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    HashSet<ConcreteHashSetChild> children = new HashSet<>();
}
