package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.Collection;
import java.util.LinkedHashSet;

/** The right side of {@code CollectionLeft.rights}: declared as {@code Collection}, holding a {@code LinkedHashSet}. */
class CollectionRight extends Entity {
    @ManyToManyRel(secondary = "mm_kind_collection", backPopulates = "rights")
    Collection<CollectionLeft> lefts = new LinkedHashSet<>();
}
