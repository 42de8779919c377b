package dev.relate.examples.runtime.association.unique;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The right class of {@link Rating}: a set of ratings in insertion order. */
class Film {
    @OneToManyRel(backPopulates = "film")
    Set<Rating> ratings = new LinkedHashSet<>();
}
