package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The right side of {@link LineItem}: a hash set of associations, in no particular order. */
class Product extends Entity {
    @OneToManyRel(backPopulates = "product")
    Set<LineItem> orderLines = new HashSet<>();
}
