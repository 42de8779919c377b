package dev.relate.examples.runtime.inmemory;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The other end of {@link Musician#bands}: no secondary on either end. */
public class Band {
    final String name;

    @ManyToManyRel(backPopulates = "bands")
    Set<Musician> members = new LinkedHashSet<>();

    public Band(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
