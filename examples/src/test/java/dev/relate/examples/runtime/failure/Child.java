package dev.relate.examples.runtime.failure;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

class Child extends Entity {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;
}
