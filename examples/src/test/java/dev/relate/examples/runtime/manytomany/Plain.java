package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.List;

/** Not {@code Comparable}: a null sorted set of it cannot be created. */
class Plain extends Entity {
    @ManyToManyRel(secondary = "mm_lazy_strict", backPopulates = "strict")
    List<LazyLeft> lefts;
}
