package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import java.util.Set;

/** The right class of the association {@link Heat}: a set of associations, with no set at first. */
class Runner {
    @OneToManyRel(backPopulates = "runner")
    Set<Heat> heats;
}
