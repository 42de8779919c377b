package dev.relate.examples.runtime.positions.associations;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A record: each placing's recordRank is kept equal to its index in {@link #placings}. */
class Record {
    final long id;

    @OneToManyRel(backPopulates = "record", position = "recordRank")
    List<Placing> placings = new ArrayList<>();

    Record(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "record" + id;
    }
}
