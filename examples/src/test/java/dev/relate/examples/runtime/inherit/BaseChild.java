package dev.relate.examples.runtime.inherit;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** Declares the many-to-one end that {@link Child} inherits. */
abstract class BaseChild extends Entity {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;
}
