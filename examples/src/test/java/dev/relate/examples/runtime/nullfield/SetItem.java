package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element of {@code LazyParent.set}. */
class SetItem extends Entity {
    @ManyToOneRel(backPopulates = "set")
    LazyParent parent;
}
