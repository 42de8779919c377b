package dev.relate.examples.runtime.inherit;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** Its backPopulates names a field {@link Owner} inherits. */
class Pet extends Entity {
    @ManyToOneRel(backPopulates = "pets")
    Owner owner;
}
