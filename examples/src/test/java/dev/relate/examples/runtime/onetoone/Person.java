package dev.relate.examples.runtime.onetoone;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;

/** One-to-one declared once, with backref naming a plain scalar field of the other class. */
class Person extends Entity {
    @OneToManyRel(uselist = false, backref = "holder")
    Passport passport;
}
