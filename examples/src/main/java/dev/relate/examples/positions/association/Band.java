package dev.relate.examples.positions.association;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A band on tour: each slot's tour stop is kept equal to its index in the band's gigs. */
public class Band {
    final long id;
    final String name;

    @OneToManyRel(backPopulates = "band", position = "tourStop")
    List<Slot> gigs = new ArrayList<>();

    public Band(long id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
