package dev.relate.examples.runtime.onetoone;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The other end of {@code Husband.wife}. */
class Wife extends Entity {
    @ManyToOneRel(backPopulates = "wife")
    Husband husband;
}
