package dev.relate.examples.runtime.hashes;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Hash-set and sorted-set ends of entities whose hash code or sort key changes after linking. */
class Writer extends Persisted {
    @ManyToManyRel(secondary = "hashes_authorship", backPopulates = "writers")
    Set<Volume> books = new HashSet<>();

    /** Sorted by the volume's name, which may change while it is here. */
    @ManyToManyRel(secondary = "hashes_ranking", backPopulates = "rankedBy")
    SortedSet<Volume> ranked = new TreeSet<>(Comparator.comparing((Volume v) -> v.name));

    /** One-way: nothing points back. */
    @OneToManyRel
    Set<Volume> favorites = new HashSet<>();

    @OneToManyRel(backPopulates = "writer")
    Set<Review> reviews = new HashSet<>();

    Writer(String name) {
        super(name);
    }
}
