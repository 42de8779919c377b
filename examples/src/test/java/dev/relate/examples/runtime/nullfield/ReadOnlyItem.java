package dev.relate.examples.runtime.nullfield;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An element of {@code ReadOnlyParent.items}. */
class ReadOnlyItem extends Entity {
    @ManyToOneRel(backPopulates = "items")
    ReadOnlyParent parent;
}
