package dev.relate.examples.runtime.hashes;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

class Volume extends Persisted {
    @ManyToManyRel(secondary = "hashes_authorship", backPopulates = "books")
    Set<Writer> writers = new HashSet<>();

    @ManyToManyRel(secondary = "hashes_ranking", backPopulates = "ranked")
    List<Writer> rankedBy = new ArrayList<>();

    @ManyToOneRel(backPopulates = "volumes")
    Library library;

    @OneToManyRel(backPopulates = "volume")
    Set<Review> reviews = new HashSet<>();

    Volume(String name) {
        super(name);
    }
}
