package dev.relate.examples.runtime.created;

import dev.relate.ManyToManyRel;
import dev.relate.Validates;
import java.util.Map;

/** The map end of a map-keyed many-to-many that its class validates, with no map until relate creates one. */
class Fair {
    @ManyToManyRel(backPopulates = "fairs", key = "code")
    Map<String, Booth> booths;

    @Validates("booths")
    void checkBooth(Booth booth, boolean linking) {
        Trap.check("Fair.checkBooth");
    }
}
