package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.List;

/**
 * A many-to-many list end, observed by no class, with no list until relate creates one; its
 * {@code hashCode} throws while the trap is armed (so adding it to a fan's set fails).
 */
class Club {
    @ManyToManyRel(backPopulates = "clubs")
    List<Fan> fans;

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        Trap.check("Club.hashCode");
        return System.identityHashCode(this);
    }
}
