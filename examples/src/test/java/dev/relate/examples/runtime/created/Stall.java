package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.Set;

/** The set end of {@code Market.stalls}, with no set until relate creates one. */
class Stall {
    final String code;

    @ManyToManyRel(backPopulates = "stalls")
    Set<Market> markets;

    Stall(String code) {
        this.code = code;
    }
}
