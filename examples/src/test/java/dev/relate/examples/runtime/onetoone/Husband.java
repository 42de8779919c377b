package dev.relate.examples.runtime.onetoone;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;

/** One-to-one with backPopulates: {@code relationship("Wife", uselist=False, back_populates="husband")}. */
class Husband extends Entity {
    @OneToManyRel(uselist = false, backPopulates = "husband")
    Wife wife;
}
