package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** The left side of {@link Seat}: a set, which holds no two equal seats. */
class Theater extends Entity {
    @OneToManyRel(backPopulates = "theater")
    Set<Seat> seats = new LinkedHashSet<>();
}
