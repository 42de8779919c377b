package dev.relate.examples.runtime.property;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The other side of the one-to-one {@code Vertex.badge}. */
class Badge extends Entity {
    @ManyToOneRel(backPopulates = "badge")
    Vertex vertex;
}
