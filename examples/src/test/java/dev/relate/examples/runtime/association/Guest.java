package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The right side of {@link Seat}: a hash set, which holds no two equal seats. */
class Guest extends Entity {
    @OneToManyRel(backPopulates = "guest")
    Set<Seat> seats = new HashSet<>();
}
