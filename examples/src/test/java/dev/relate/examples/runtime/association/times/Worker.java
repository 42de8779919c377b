package dev.relate.examples.runtime.association.times;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class. */
class Worker {
    final long id;

    @OneToManyRel(backPopulates = "worker")
    List<Shift> shifts = new ArrayList<>();

    Worker(long id) {
        this.id = id;
    }
}
