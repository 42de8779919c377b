package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.Map;

/**
 * The map end of a map-keyed many-to-many keyed by each stall's code, observed by no class, with no
 * map until relate creates one.
 */
class Market {
    @ManyToManyRel(backPopulates = "markets", key = "code")
    Map<Code, Stall> stalls;
}
