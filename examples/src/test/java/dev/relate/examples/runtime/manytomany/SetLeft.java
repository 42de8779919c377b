package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.LinkedHashSet;
import java.util.Set;

/** The left side of a {@code Set} to {@code Set} many-to-many: a {@code LinkedHashSet}, in insertion order. */
class SetLeft extends Entity {
    @ManyToManyRel(secondary = "mm_kind_set", backPopulates = "lefts")
    Set<SetRight> rights = new LinkedHashSet<>();
}
