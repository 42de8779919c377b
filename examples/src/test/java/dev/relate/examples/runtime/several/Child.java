package dev.relate.examples.runtime.several;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** The other ends of {@link Parent}'s three relationships. */
class Child extends Entity {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;

    @ManyToOneRel(backPopulates = "favorites")
    Parent favoriteOf;

    @ManyToOneRel(backPopulates = "eldest")
    Parent eldestOf;
}
