package dev.relate.examples.runtime.onetoone;

import dev.relate.OneToOneRel;
import dev.relate.examples.runtime.Entity;

/** One-to-one spelled {@code @OneToOneRel}: the end mapped by {@code Chair.desk}, which owns it. */
class Desk extends Entity {
    @OneToOneRel(mappedBy = "desk")
    Chair chair;
}
