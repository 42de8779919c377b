package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import java.util.SortedSet;

/** A one-to-many sorted set end, observed by no class, with no set until relate creates one. */
class Shelf {
    @OneToManyRel(backPopulates = "shelf")
    SortedSet<Tome> tomes;
}
