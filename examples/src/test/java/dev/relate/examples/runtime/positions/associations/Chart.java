package dev.relate.examples.runtime.positions.associations;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A chart of records: each placing's rank is kept equal to its index in {@link #placings}. */
class Chart {
    final long id;

    @OneToManyRel(backPopulates = "chart", position = "rank")
    List<Placing> placings = new ArrayList<>();

    Chart(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "chart" + id;
    }
}
