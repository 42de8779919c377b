package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import java.util.List;

/** A one-to-many list end, observed by no class, with no list until relate creates one. */
class Crate {
    @OneToManyRel(backPopulates = "crate")
    List<Jar> jars;
}
