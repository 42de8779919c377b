package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element of {@code LazyParent.collection}. */
class CollectionItem extends Entity {
    @ManyToOneRel(backPopulates = "collection")
    LazyParent parent;
}
