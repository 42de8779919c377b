package dev.relate.examples.runtime.property;

import dev.relate.OneToOneRel;
import dev.relate.examples.runtime.Entity;

/** The other side of the one-to-one {@code Vertex.badge}. */
class Badge extends Entity {
    @OneToOneRel(backPopulates = "badge")
    Vertex vertex;
}
