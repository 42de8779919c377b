package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The left side of a {@code List} to {@code List} many-to-many: an {@code ArrayList}. */
class ListLeft extends Entity {
    @ManyToManyRel(secondary = "mm_kind_list", backPopulates = "lefts")
    List<ListRight> rights = new ArrayList<>();
}
