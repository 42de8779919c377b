package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.Set;

/** The other end of {@code Club.fans}, a set, with no set until relate creates one. */
class Fan {
    @ManyToManyRel(backPopulates = "fans")
    Set<Club> clubs;
}
