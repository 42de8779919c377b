package dev.relate.examples.runtime.kinds;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.Collection;

/** The "one" side of a {@code Collection} end holding an {@code ArrayList}. */
class CollectionParent extends Entity {
    @OneToManyRel(backPopulates = "parent")
    Collection<CollectionChild> children = new ArrayList<>();
}
