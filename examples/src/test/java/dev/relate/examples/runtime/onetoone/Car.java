package dev.relate.examples.runtime.onetoone;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** One-to-one from the many-to-one annotation, with backref naming a scalar {@code @Backref} field. */
class Car extends Entity {
    @ManyToOneRel(backref = "car")
    Engine engine;
}
