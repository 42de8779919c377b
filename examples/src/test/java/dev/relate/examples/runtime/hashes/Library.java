package dev.relate.examples.runtime.hashes;

import dev.relate.OneToManyRel;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

class Library extends Persisted {
    @OneToManyRel(backPopulates = "library")
    Set<Volume> volumes = new HashSet<>();

    /** Shelved by the name of the shelf mark, which may change while it is here. */
    @OneToManyRel(backPopulates = "library")
    SortedSet<Shelf> shelves = new TreeSet<>(Comparator.comparing((Shelf s) -> s.name));

    Library(String name) {
        super(name);
    }
}
