package dev.relate.examples.runtime.onetoone;

import dev.relate.OneToOneRel;
import dev.relate.examples.runtime.Entity;

/** One-to-one spelled {@code @OneToOneRel}, declared once with backref naming a plain field. */
class Key extends Entity {
    @OneToOneRel(backref = "key")
    Lock lock;
}
