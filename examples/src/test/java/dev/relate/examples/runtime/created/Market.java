package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.Map;

/**
 * The map end of a map-keyed many-to-many keyed by each stall's code, observed by no class, with no
 * map until relate creates one; its {@code hashCode} throws while the trap is armed (so adding it to
 * a stall's set fails).
 */
class Market {
    @ManyToManyRel(backPopulates = "markets", key = "code")
    Map<String, Stall> stalls;

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        Trap.check("Market.hashCode");
        return System.identityHashCode(this);
    }
}
