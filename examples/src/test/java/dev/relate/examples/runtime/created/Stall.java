package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.List;

/** The list end of {@code Market.stalls}, with no list until relate creates one. */
class Stall {
    final Code code;

    @ManyToManyRel(backPopulates = "stalls")
    List<Market> markets;

    Stall(String code) {
        this.code = new Code(code);
    }
}
