package dev.relate.examples.runtime.selfref;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;

/** A self-referential one-to-one: a doubly linked chain. */
class Link extends Entity {
    @OneToManyRel(uselist = false, backPopulates = "prev")
    Link next;

    @ManyToOneRel(backPopulates = "next")
    Link prev;
}
