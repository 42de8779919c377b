package dev.relate.examples.runtime.onetoone;

import dev.relate.Backref;
import dev.relate.examples.runtime.Entity;

/** Holds the {@code @Backref} scalar that {@code Car.engine}'s backref manages. */
class Engine extends Entity {
    @Backref
    Car car;
}
