package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class of {@code pr_chart_hit}, whose list order the table stores too. */
class Hit {
    final long id;

    @ManyToManyRel(secondary = "pr_chart_hit", backPopulates = "hits", orderColumn = "chart_position")
    List<Chart> charts = new ArrayList<>();

    Hit(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Hit#" + id;
    }
}
