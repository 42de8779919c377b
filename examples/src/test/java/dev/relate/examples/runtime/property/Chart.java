package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right class of {@code pr_chart_hit} ({@code charts} before {@code hits}), whose list order the table stores. */
class Chart {
    final long id;

    @ManyToManyRel(secondary = "pr_chart_hit", backPopulates = "charts", orderColumn = "hit_position")
    List<Hit> hits = new ArrayList<>();

    Chart(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Chart#" + id;
    }
}
