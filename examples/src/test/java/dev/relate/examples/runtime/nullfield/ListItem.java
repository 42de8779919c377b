package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element of {@code LazyParent.list}. */
class ListItem extends Entity {
    @ManyToOneRel(backPopulates = "list")
    LazyParent parent;
}
