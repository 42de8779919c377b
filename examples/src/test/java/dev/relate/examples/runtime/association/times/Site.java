package dev.relate.examples.runtime.association.times;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right class. */
class Site {
    final long id;

    @OneToManyRel(backPopulates = "site")
    List<Shift> shifts = new ArrayList<>();

    Site(long id) {
        this.id = id;
    }
}
