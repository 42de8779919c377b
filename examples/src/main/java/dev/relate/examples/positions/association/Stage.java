package dev.relate.examples.positions.association;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A festival stage: each slot's place is kept equal to its index in the stage's running order. */
public class Stage {
    final long id;
    final String name;

    @OneToManyRel(backPopulates = "stage", position = "place")
    List<Slot> slots = new ArrayList<>();

    public Stage(long id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
