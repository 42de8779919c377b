package dev.relate.examples.manytomany.inmemory;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The other end of {@link Musician#bands}: a list, in the order musicians joined. */
public class Band {
    final String name;

    @ManyToManyRel(backPopulates = "bands")
    List<Musician> members = new ArrayList<>();

    public Band(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
