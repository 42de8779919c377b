package dev.relate.examples.runtime.inmemory;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A many-to-many kept in memory only: no secondary, no id, no table class. */
public class Musician {
    final String name;

    @ManyToManyRel(backPopulates = "members")
    List<Band> bands = new ArrayList<>();

    public Musician(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
