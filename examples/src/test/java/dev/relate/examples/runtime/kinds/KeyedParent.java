package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/** Three ends holding {@link Keyed} elements, whose equality (and order) is by key rather than identity. */
class KeyedParent extends Entity {
    @OneToManyRel(backPopulates = "hashedIn")
    Set<Keyed> hashed = new HashSet<>();

    @OneToManyRel(backPopulates = "sortedIn")
    NavigableSet<Keyed> sorted = new TreeSet<>(Comparator.comparing((Keyed keyed) -> keyed.key));

    @OneToManyRel(backPopulates = "listedIn")
    List<Keyed> listed = new ArrayList<>();
}
