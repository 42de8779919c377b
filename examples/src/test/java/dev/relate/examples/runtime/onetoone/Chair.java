package dev.relate.examples.runtime.onetoone;

import dev.relate.OneToOneRel;
import dev.relate.examples.runtime.Entity;

/** The owning end of {@code Desk.chair}: {@code @OneToOneRel(backPopulates = "chair")}. */
class Chair extends Entity {
    @OneToOneRel(backPopulates = "chair")
    Desk desk;
}
