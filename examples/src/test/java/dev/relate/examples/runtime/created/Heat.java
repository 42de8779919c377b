package dev.relate.examples.runtime.created;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/**
 * A runner's heat in a lane, observed by no class, whose {@code hashCode} throws while the trap is
 * armed (so adding it to a runner's set fails, after the lane's list has it).
 */
@AssociationObject
class Heat {
    @ManyToOneRel(backPopulates = "heats")
    Lane lane;

    @ManyToOneRel(backPopulates = "heats")
    Runner runner;

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        Trap.check("Heat.hashCode");
        return System.identityHashCode(this);
    }
}
