package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** No table of its own; a {@code String} id. Its field {@code sensors} makes zones the left side. */
class Zone {
    final String id;

    @ManyToManyRel(secondary = "mm_coverage", backPopulates = "zones")
    List<Sensor> sensors = new ArrayList<>();

    Zone(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Zone#" + id;
    }
}
