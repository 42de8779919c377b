package dev.relate.examples.runtime.onetoone;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The owning end of {@code Ship.captain}, in SQLAlchemy's spelling. */
class Captain extends Entity {
    @ManyToOneRel(backPopulates = "captain")
    Ship ship;
}
