package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Both sides of the self-referential association object {@link Route}: a list and a set of routes. */
class Station extends Entity {
    /** Its position in the test's pool. */
    final int index;

    @OneToManyRel(backPopulates = "from")
    List<Route> departures = new ArrayList<>();

    @OneToManyRel(backPopulates = "to")
    Set<Route> arrivals = new LinkedHashSet<>();

    Station(int index) {
        this.index = index;
    }
}
