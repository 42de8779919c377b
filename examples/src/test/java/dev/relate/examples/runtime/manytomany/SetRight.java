package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The right side of {@code SetLeft.rights}: a {@code HashSet}, in no order. */
class SetRight extends Entity {
    @ManyToManyRel(secondary = "mm_kind_set", backPopulates = "rights")
    Set<SetLeft> lefts = new HashSet<>();
}
