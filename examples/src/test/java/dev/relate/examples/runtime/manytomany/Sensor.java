package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;

/** No table of its own; a primitive {@code long} id. */
class Sensor {
    final long id;

    @ManyToManyRel(secondary = "mm_coverage", backPopulates = "sensors")
    Set<Zone> zones = new HashSet<>();

    Sensor(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Sensor#" + id;
    }
}
