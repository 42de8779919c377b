package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** The left side of {@link LineItem}: a set of associations that keeps insertion order. */
class Order extends Entity {
    @OneToManyRel(backPopulates = "order")
    Set<LineItem> lines = new LinkedHashSet<>();
}
