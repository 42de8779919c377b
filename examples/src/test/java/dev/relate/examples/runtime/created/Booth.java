package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import java.util.List;

/** The list end of {@code Fair.booths}, with no list until relate creates one. */
class Booth {
    final String code;

    @ManyToManyRel(backPopulates = "booths")
    List<Fair> fairs;

    Booth(String code) {
        this.code = code;
    }
}
