package dev.relate.examples.runtime.oneway;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** A one-way scalar end, unrelated to {@link Basket}'s one-way collections. */
class Fruit extends Entity {
    @ManyToOneRel
    Basket basket;
}
