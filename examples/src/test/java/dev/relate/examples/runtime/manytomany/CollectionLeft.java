package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Collection;

/** The left side of a {@code Collection} many-to-many: an {@code ArrayList}. */
class CollectionLeft extends Entity {
    @ManyToManyRel(secondary = "mm_kind_collection", backPopulates = "lefts")
    Collection<CollectionRight> rights = new ArrayList<>();
}
