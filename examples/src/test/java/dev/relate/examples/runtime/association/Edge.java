package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * A self-referential association object: both ends hold a {@link Node}, so the annotation names the
 * left and the right end; they are declared right first, so the names, not the order, decide.
 */
@AssociationObject(left = "source", right = "target")
class Edge extends Entity {
    @ManyToOneRel(backPopulates = "incoming")
    Node target;

    @ManyToOneRel(backPopulates = "outgoing")
    Node source;

    String label;

    Edge() {
    }

    Edge(String label) {
        this.label = label;
    }
}
