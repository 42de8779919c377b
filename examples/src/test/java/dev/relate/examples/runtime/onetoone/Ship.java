package dev.relate.examples.runtime.onetoone;

import dev.relate.OneToOneRel;
import dev.relate.examples.runtime.Entity;

/** Both spellings in one relationship: {@code @OneToOneRel(mappedBy)} paired with {@code @ManyToOneRel}. */
class Ship extends Entity {
    @OneToOneRel(mappedBy = "ship")
    Captain captain;
}
