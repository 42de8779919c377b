package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element of {@code LazyParent.linked}. */
class LinkedItem extends Entity {
    @ManyToOneRel(backPopulates = "linked")
    LazyParent parent;
}
